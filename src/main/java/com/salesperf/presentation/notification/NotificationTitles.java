package com.salesperf.presentation.notification;

import com.salesperf.notification.control.NotificationRow;
import com.salesperf.platform.boundary.Texts;

/** The title of a notification in the current view's language. */
final class NotificationTitles {

    private NotificationTitles() {}

    static String of(NotificationRow row) {
        return row.titleKey() == null
                ? row.text()
                : Texts.get(row.titleKey(), row.args().toArray());
    }
}
