package com.salesperf.audit.control;

import java.time.Instant;

/**
 * An audit entry as plain data: who did what to which record, the state before and after (JSON),
 * the reason, and the hash chain. {@link AuditHasher} computes {@code entryHash}.
 */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String beforeJson,
        String afterJson,
        String reason,
        String prevHash,
        String entryHash) {}
