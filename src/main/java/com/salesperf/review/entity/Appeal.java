package com.salesperf.review.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A rep's written appeal against a published result, and HR's written decision. */
@Entity
@Table(name = "appeal")
@NamedQuery(
        name = "Appeal.findByRepResult",
        query = "SELECT a FROM Appeal a WHERE a.repResultId = :result ORDER BY a.filedAt DESC")
@NamedQuery(
        name = "Appeal.findOpen",
        query = "SELECT a FROM Appeal a WHERE a.decision IS NULL ORDER BY a.filedAt")
public class Appeal {

    @Id
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    private Long id;

    @Column(name = "rep_result_id", nullable = false, updatable = false)
    private long repResultId;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "appeal_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", updatable = false)
    private String attachmentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment_data", updatable = false)
    private byte[] attachmentData;

    @Enumerated(EnumType.STRING)
    private AppealDecision decision;

    @Column(name = "decision_text")
    private String decisionText;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version private long version;

    protected Appeal() {}

    public Appeal(long repResultId, String filedBy, Instant filedAt, String text) {
        this.repResultId = repResultId;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.text = text.strip();
    }

    public void attach(String name, String type, byte[] data) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachmentData = data.clone();
    }

    public void decide(AppealDecision decision, String text, String by, Instant at) {
        this.decision = decision;
        this.decisionText = text.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getRepResultId() {
        return repResultId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getText() {
        return text;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachmentData() {
        return attachmentData == null ? null : attachmentData.clone();
    }

    public AppealDecision getDecision() {
        return decision;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
