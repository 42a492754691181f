package com.salesperf.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest sequence number and hash, locked while an entry is appended so that numbers stay
 * gapless and every entry names its true predecessor. Verification does not trust this row.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id private int id;

    @Column(nullable = false)
    private long seq;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditHead() {}

    public void advanceTo(long seq, String entryHash) {
        this.seq = seq;
        this.entryHash = entryHash;
    }

    public long getSeq() {
        return seq;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
