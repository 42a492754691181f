package com.salesperf.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rep's note on the causes of a gap in 5W1H form; added, never changed. */
@Entity
@Table(name = "alert_note")
@NamedQuery(
        name = "AlertNote.findByAlert",
        query = "SELECT n FROM AlertNote n WHERE n.alertId = :alert ORDER BY n.createdAt, n.id")
public class AlertNote {

    @Id
    @SequenceGenerator(
            name = "alert_note_seq",
            sequenceName = "alert_note_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_note_seq")
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(name = "what_text", nullable = false, length = 1000)
    private String what;

    @Column(name = "why_text", nullable = false, length = 1000)
    private String why;

    @Column(name = "where_text", length = 1000)
    private String whereText;

    @Column(name = "when_text", length = 1000)
    private String whenText;

    @Column(name = "who_text", length = 1000)
    private String who;

    @Column(name = "how_text", length = 1000)
    private String how;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AlertNote() {}

    public AlertNote(
            long alertId,
            String what,
            String why,
            String whereText,
            String whenText,
            String who,
            String how,
            String author,
            Instant createdAt) {
        this.alertId = alertId;
        this.what = what;
        this.why = why;
        this.whereText = whereText;
        this.whenText = whenText;
        this.who = who;
        this.how = how;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public String getWhat() {
        return what;
    }

    public String getWhy() {
        return why;
    }

    public String getWhereText() {
        return whereText;
    }

    public String getWhenText() {
        return whenText;
    }

    public String getWho() {
        return who;
    }

    public String getHow() {
        return how;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
