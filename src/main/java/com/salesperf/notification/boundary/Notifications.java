package com.salesperf.notification.boundary;

import com.salesperf.notification.control.NotificationCreated;
import com.salesperf.notification.control.NotificationRow;
import com.salesperf.notification.control.PortalLinks;
import com.salesperf.notification.entity.Notification;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.entity.PortalUser;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Portal notifications. Components send them inside their own transaction (a rejected submission
 * sends nothing); each user reads, counts and marks only their own — another user's id answers "not
 * found" and is logged.
 */
@Stateless
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type STRINGS =
            new ParameterizedType() {
                @Override
                public Type[] getActualTypeArguments() {
                    return new Type[] {String.class};
                }

                @Override
                public Type getRawType() {
                    return List.class;
                }

                @Override
                public Type getOwnerType() {
                    return null;
                }
            };

    @PersistenceContext EntityManager em;

    @Inject Event<NotificationCreated> created;

    /** Sends one user a notification whose title is the kind's text with these arguments. */
    public long notify(String username, NotificationKind kind, String link, String... args) {
        return store(username, kind, JSON.toJson(Arrays.asList(args)), null, link);
    }

    /** Sends every enabled user with the role the notification; returns how many got it. */
    public int notifyRole(Role role, NotificationKind kind, String link, String... args) {
        List<String> usernames =
                em.createQuery(
                                "SELECT u.username FROM PortalUser u JOIN u.roles r"
                                        + " WHERE r = :role AND u.enabled = TRUE"
                                        + " ORDER BY u.username",
                                String.class)
                        .setParameter("role", role)
                        .getResultList();
        usernames.forEach(username -> notify(username, kind, link, args));
        return usernames.size();
    }

    /** Sends one user a free-text message (e.g. an admin's announcement). */
    public long message(String username, String text, String link) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        String body = text.strip();
        return store(
                username,
                NotificationKind.MESSAGE,
                null,
                body.length() > Notification.MAX_TEXT
                        ? body.substring(0, Notification.MAX_TEXT)
                        : body,
                link);
    }

    public long unreadCount(Caller caller) {
        return em.createNamedQuery("Notification.countUnreadByRecipient", Long.class)
                .setParameter("recipient", caller.username())
                .getSingleResult();
    }

    public long count(Caller caller) {
        return em.createNamedQuery("Notification.countByRecipient", Long.class)
                .setParameter("recipient", caller.username())
                .getSingleResult();
    }

    /** The caller's notifications, newest first. */
    public List<NotificationRow> list(Caller caller, int first, int size) {
        return em.createNamedQuery("Notification.findByRecipient", Notification.class)
                .setParameter("recipient", caller.username())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultStream()
                .map(Notifications::row)
                .toList();
    }

    /** Marks one of the caller's notifications read and returns it (e.g. to follow its link). */
    public NotificationRow markRead(Caller caller, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(caller.username())) {
            if (notification != null) {
                SecurityLog.accessRefused(caller.username(), "notification/" + id, "-");
            }
            throw new NotFoundException("notification " + id);
        }
        notification.markRead(Instant.now());
        return row(notification);
    }

    public int markAllRead(Caller caller) {
        Instant now = Instant.now();
        List<Notification> unread =
                em.createNamedQuery("Notification.findUnreadByRecipient", Notification.class)
                        .setParameter("recipient", caller.username())
                        .getResultList();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    /** Returns -1 without storing anything when the recipient does not exist. */
    private long store(
            String username, NotificationKind kind, String argsJson, String text, String link) {
        if (!userExists(username)) {
            // The sender's business step must not fail because a recipient account is gone.
            LOG.warning(() -> "notification " + kind + " not sent: no user " + username);
            return -1;
        }
        Notification notification =
                new Notification(
                        username,
                        kind,
                        argsJson,
                        text,
                        PortalLinks.sanitize(link, Notification.MAX_LINK),
                        Instant.now());
        // The sequence assigns the id on persist; no flush, so the sender's own pending changes
        // are written when the sender decides.
        em.persist(notification);
        LOG.fine(() -> "notification " + kind + " to " + username);
        created.fire(new NotificationCreated(notification.getId(), username));
        return notification.getId();
    }

    private boolean userExists(String username) {
        return em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .isPresent();
    }

    private static NotificationRow row(Notification n) {
        List<String> args =
                n.getArgsJson() == null ? List.of() : JSON.fromJson(n.getArgsJson(), STRINGS);
        return new NotificationRow(
                n.getId(),
                n.getKind(),
                args,
                n.getBodyText(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
