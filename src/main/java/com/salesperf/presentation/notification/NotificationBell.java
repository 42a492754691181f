package com.salesperf.presentation.notification;

import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.control.NotificationRow;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The bell in the header: the caller's unread count, read once per request, and the newest few
 * notifications, read only when the panel is opened.
 */
@Named
@RequestScoped
public class NotificationBell {

    private static final int LATEST = 6;

    @Inject CurrentCaller currentCaller;

    @Inject Notifications notifications;

    private Optional<Caller> caller;
    private Long unread;
    private List<NotificationRow> latest;

    public boolean isAvailable() {
        return caller().isPresent();
    }

    public long getUnread() {
        if (unread == null) {
            unread = caller().map(notifications::unreadCount).orElse(0L);
        }
        return unread;
    }

    public List<NotificationRow> getLatest() {
        if (latest == null) {
            latest = caller().map(c -> notifications.list(c, 0, LATEST)).orElse(List.of());
        }
        return latest;
    }

    public String title(NotificationRow row) {
        return NotificationTitles.of(row);
    }

    public void markAllRead() {
        caller().ifPresent(notifications::markAllRead);
        unread = null;
        latest = null;
    }

    /** The signed-in caller, looked up once per request (the template asks several times). */
    private Optional<Caller> caller() {
        if (caller == null) {
            caller =
                    currentCaller.account().isPresent()
                            ? Optional.of(currentCaller.get())
                            : Optional.empty();
        }
        return caller;
    }

    public String time(java.time.Instant instant) {
        return com.salesperf.presentation.shell.PortalTimes.format(instant);
    }
}
