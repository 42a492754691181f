package com.salesperf.presentation.notification;

import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.control.NotificationRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** All of the caller's notifications, newest first, paged in the database. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Notifications notifications;

    private final LazyDataModel<NotificationRow> rows =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) notifications.count(currentCaller.get());
                }

                @Override
                public List<NotificationRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return notifications.list(currentCaller.get(), first, pageSize);
                }

                @Override
                public String getRowKey(NotificationRow row) {
                    return String.valueOf(row.id());
                }
            };

    public String title(NotificationRow row) {
        return NotificationTitles.of(row);
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(currentCaller.get());
        Messages.info("notification.markedRead", marked);
    }

    public LazyDataModel<NotificationRow> getRows() {
        return rows;
    }

    public String time(java.time.Instant instant) {
        return com.salesperf.presentation.shell.PortalTimes.format(instant);
    }
}
