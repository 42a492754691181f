package com.salesperf.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A portal message to one user; read once the user opened or dismissed it. */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.findByRecipient",
        query =
                "SELECT n FROM Notification n WHERE n.recipient = :recipient"
                        + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
        name = "Notification.countByRecipient",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient")
@NamedQuery(
        name = "Notification.countUnreadByRecipient",
        query =
                "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                        + " AND n.readAt IS NULL")
@NamedQuery(
        name = "Notification.findUnreadByRecipient",
        query =
                "SELECT n FROM Notification n WHERE n.recipient = :recipient"
                        + " AND n.readAt IS NULL")
public class Notification {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_LINK = 300;

    @Id
    @SequenceGenerator(
            name = "notification_seq",
            sequenceName = "notification_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    /** The title's arguments as a JSON array of strings. */
    @Column(name = "args_json", length = 2000)
    private String argsJson;

    @Column(name = "body_text", length = MAX_TEXT)
    private String bodyText;

    /** A path inside the portal, e.g. /my/results.xhtml?period=2023Q3. */
    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version private long version;

    protected Notification() {}

    public Notification(
            String recipient,
            NotificationKind kind,
            String argsJson,
            String bodyText,
            String link,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.argsJson = argsJson;
        this.bodyText = bodyText;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public boolean isFor(String username) {
        return recipient.equals(username);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getArgsJson() {
        return argsJson;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
