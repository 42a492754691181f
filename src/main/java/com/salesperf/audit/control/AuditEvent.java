package com.salesperf.audit.control;

/**
 * What a component asks the audit trail to record: actor, action (e.g. RESULT_APPROVED), the record
 * it concerns, its state before and after as JSON, and the reason where one is required.
 */
public record AuditEvent(
        String actor,
        String action,
        String entityType,
        String entityId,
        String beforeJson,
        String afterJson,
        String reason) {

    public AuditEvent {
        if (actor == null || action == null || entityType == null || entityId == null) {
            throw new IllegalArgumentException(
                    "an audit event needs actor, action, entity type and id");
        }
    }

    public static AuditEvent of(String actor, String action, String entityType, Object entityId) {
        return new AuditEvent(
                actor, action, entityType, String.valueOf(entityId), null, null, null);
    }

    public AuditEvent before(String json) {
        return new AuditEvent(actor, action, entityType, entityId, json, afterJson, reason);
    }

    public AuditEvent after(String json) {
        return new AuditEvent(actor, action, entityType, entityId, beforeJson, json, reason);
    }

    public AuditEvent because(String text) {
        return new AuditEvent(actor, action, entityType, entityId, beforeJson, afterJson, text);
    }
}
