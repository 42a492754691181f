package com.salesperf.audit.entity;

import com.salesperf.audit.control.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable line of the audit log. It has no setters and no version: the application only ever
 * inserts it (and PostgreSQL refuses anything else).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.findRange",
        query = "SELECT a FROM AuditEntry a WHERE a.seq > :after AND a.seq <= :upTo ORDER BY a.seq")
@NamedQuery(
        name = "AuditEntry.findByEntity",
        query =
                "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.seq")
public class AuditEntry {

    @Id private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 100)
    private String entityId;

    @Lob
    @Column(name = "before_json", updatable = false)
    private String beforeJson;

    @Lob
    @Column(name = "after_json", updatable = false)
    private String afterJson;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {}

    public AuditEntry(AuditRecord record) {
        this.seq = record.seq();
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.entityType = record.entityType();
        this.entityId = record.entityId();
        this.beforeJson = record.beforeJson();
        this.afterJson = record.afterJson();
        this.reason = record.reason();
        this.prevHash = record.prevHash();
        this.entryHash = record.entryHash();
    }

    public AuditRecord toRecord() {
        return new AuditRecord(
                seq,
                occurredAt,
                actor,
                action,
                entityType,
                entityId,
                beforeJson,
                afterJson,
                reason,
                prevHash,
                entryHash);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }

    public String getReason() {
        return reason;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
