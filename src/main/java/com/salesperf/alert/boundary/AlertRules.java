package com.salesperf.alert.boundary;

import com.salesperf.alert.control.AlertRuleInput;
import com.salesperf.alert.control.AlertRuleRow;
import com.salesperf.alert.entity.AlertRule;
import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.audit.control.AuditRecord;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administration of alert rules (ADMIN only): define, change, disable and enable. A rule is never
 * deleted, its alerts refer to it. Every change is audited with the rule before and after, in the
 * same transaction.
 */
@Stateless
public class AlertRules {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /** Every rule by code: a company has a handful, the page pages and sorts them itself. */
    public List<AlertRuleRow> list(Caller caller) {
        requireAdmin(caller, "alert-rules");
        return em.createNamedQuery("AlertRule.findAllByCode", AlertRule.class)
                .getResultStream()
                .map(AlertRules::row)
                .toList();
    }

    public AlertRuleRow create(Caller caller, AlertRuleInput input) {
        requireAdmin(caller, "alert-rules/create");
        return store(caller.username(), input, "ALERT_RULE_CREATED", null);
    }

    /** For the shipped defaults: the scheduler stores them, with the reason in the audit trail. */
    public AlertRuleRow createDefault(AlertRuleInput input) {
        return store(Caller.SCHEDULER, input, "ALERT_RULE_CREATED", "shipped default");
    }

    private AlertRuleRow store(String actor, AlertRuleInput input, String action, String reason) {
        AlertRuleInput valid = input.validated();
        long taken =
                em.createNamedQuery("AlertRule.countByCode", Long.class)
                        .setParameter("code", valid.code())
                        .getSingleResult();
        if (taken > 0) {
            throw new InvalidFieldException("code", "alerts.rule.error.duplicate", valid.code());
        }
        AlertRule rule = new AlertRule(valid.code(), actor, Instant.now());
        define(rule, valid);
        em.persist(rule);
        em.flush();
        AuditEvent event =
                AuditEvent.of(actor, action, "AlertRule", rule.getId()).after(json(rule));
        auditTrail.record(reason == null ? event : event.because(reason));
        return row(rule);
    }

    /** Changes what the rule watches; the code is fixed. */
    public AlertRuleRow update(Caller caller, long id, long version, AlertRuleInput input) {
        requireAdmin(caller, "alert-rules/" + id);
        AlertRule rule = find(id, version);
        AlertRuleInput valid =
                new AlertRuleInput(
                                rule.getCode(),
                                input.name(),
                                input.kind(),
                                input.periodType(),
                                input.unitLevel(),
                                input.measure(),
                                input.direction(),
                                input.threshold(),
                                input.periodsInRow())
                        .validated();
        String before = json(rule);
        define(rule, valid);
        rule.changedBy(caller.username(), Instant.now());
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "ALERT_RULE_CHANGED", "AlertRule", id)
                        .before(before)
                        .after(json(rule)));
        return row(rule);
    }

    /** Disables a rule (it stops raising alerts; its alerts stay) or enables it again. */
    public AlertRuleRow enable(Caller caller, long id, long version, boolean enabled) {
        requireAdmin(caller, "alert-rules/" + id);
        AlertRule rule = find(id, version);
        String before = json(rule);
        rule.enable(enabled);
        rule.changedBy(caller.username(), Instant.now());
        em.flush();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                enabled ? "ALERT_RULE_ENABLED" : "ALERT_RULE_DISABLED",
                                "AlertRule",
                                id)
                        .before(before)
                        .after(json(rule)));
        return row(rule);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM AlertRule r", Long.class).getSingleResult();
    }

    private AlertRule find(long id, long version) {
        AlertRule rule = em.find(AlertRule.class, id);
        if (rule == null) {
            throw new NotFoundException("alert rule " + id);
        }
        if (rule.getVersion() != version) {
            List<AuditRecord> history = auditTrail.historyOf("AlertRule", String.valueOf(id));
            throw new ConcurrentChangeException(
                    history.isEmpty() ? "?" : history.get(history.size() - 1).actor());
        }
        return rule;
    }

    private static void define(AlertRule rule, AlertRuleInput valid) {
        rule.define(
                valid.name(),
                valid.kind(),
                valid.periodType(),
                valid.unitLevel(),
                valid.measure(),
                valid.direction(),
                valid.threshold(),
                valid.periodsInRow());
    }

    private static void requireAdmin(Caller caller, String what) {
        if (!caller.has(Role.ADMIN)) {
            SecurityLog.accessRefused(caller.username(), what, "-");
            throw new AccessDeniedException(what);
        }
    }

    static AlertRuleRow row(AlertRule r) {
        return new AlertRuleRow(
                r.getId(),
                r.getCode(),
                r.getName(),
                r.getKind(),
                r.getPeriodType(),
                r.getUnitLevel(),
                r.getMeasure(),
                r.getDirection(),
                r.getThreshold(),
                r.getPeriodsInRow(),
                r.isEnabled(),
                r.getUpdatedBy(),
                r.getUpdatedAt(),
                r.getVersion());
    }

    private static String json(AlertRule r) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", r.getCode());
        state.put("name", r.getName());
        state.put("kind", r.getKind().name());
        state.put("periodType", r.getPeriodType().name());
        state.put("unitLevel", r.getUnitLevel() == null ? null : r.getUnitLevel().name());
        state.put("measure", r.getMeasure() == null ? null : r.getMeasure().name());
        state.put("direction", r.getDirection() == null ? null : r.getDirection().name());
        state.put("threshold", r.getThreshold().toPlainString());
        state.put("periodsInRow", r.getPeriodsInRow());
        state.put("enabled", r.isEnabled());
        return JSON.toJson(state);
    }
}
