package com.salesperf.review.boundary;

import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The portal notifications of review (submitted, rejected, published, appeal filed and decided),
 * sent in the caller's transaction: a refused step sends nothing. Reps are addressed by their
 * employee id and reached through their sign-in account, if they have one.
 */
@ApplicationScoped
public class ReviewNotices {

    @PersistenceContext EntityManager em;

    @Inject Notifications notifications;

    public void toUser(String username, NotificationKind kind, String link, String... args) {
        if (username != null) {
            notifications.notify(username, kind, link, args);
        }
    }

    public void toEmployee(long employeeId, NotificationKind kind, String link, String... args) {
        em.createQuery(
                        "SELECT u.username FROM PortalUser u WHERE u.employee.id = :employee"
                                + " AND u.enabled = TRUE",
                        String.class)
                .setParameter("employee", employeeId)
                .getResultStream()
                .forEach(username -> notifications.notify(username, kind, link, args));
    }

    public void toHr(NotificationKind kind, String link, String... args) {
        toRole(Role.HR, kind, link, args);
    }

    public void toRole(Role role, NotificationKind kind, String link, String... args) {
        notifications.notifyRole(role, kind, link, args);
    }
}
