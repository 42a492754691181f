package com.salesperf.notification.control;

import com.salesperf.notification.entity.NotificationKind;
import java.time.Instant;
import java.util.List;

/** A notification as its recipient sees it; the page renders the title in the reader's language. */
public record NotificationRow(
        long id,
        NotificationKind kind,
        List<String> args,
        String text,
        String link,
        Instant createdAt,
        boolean read) {

    /** The bundle key of the title; null for free-text messages. */
    public String titleKey() {
        return text != null ? null : "notification.kind." + kind.name();
    }
}
