package com.salesperf.alert.boundary;

import com.salesperf.alert.control.AlertHit;
import com.salesperf.alert.entity.Alert;
import com.salesperf.alert.entity.AlertRule;
import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * Stores one hit with its notifications and audit entry, in a transaction of its own: a hit that is
 * already stored changes nothing, and should two evaluations race, the unique key refuses the
 * second insert and only that hit's transaction rolls back.
 */
@Stateless
public class AlertRecorder {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext EntityManager em;

    @Inject ResponsibleManagers managers;

    @Inject Notifications notifications;

    @Inject AuditTrail auditTrail;

    /**
     * @return true when the hit was new and is now stored
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(AlertHit hit) {
        long existing =
                em.createNamedQuery("Alert.countByKey", Long.class)
                        .setParameter("rule", hit.ruleId())
                        .setParameter("subject", hit.subjectKey())
                        .setParameter("period", hit.periodCode())
                        .getSingleResult();
        if (existing > 0) {
            return false;
        }
        AlertRule rule = em.find(AlertRule.class, hit.ruleId());
        Alert alert =
                new Alert(
                        rule,
                        hit.periodCode(),
                        hit.subjectKey(),
                        hit.subjectName(),
                        hit.orgUnitId(),
                        hit.employeeId(),
                        hit.observed(),
                        hit.detail(),
                        Instant.now());
        em.persist(alert);
        em.flush();
        List<String> recipients = managers.of(hit.orgUnitId());
        String finding = hit.subjectKey() + " " + hit.periodCode() + " — " + alert.getDetail();
        for (String username : recipients) {
            notifications.notify(
                    username,
                    NotificationKind.ALERT,
                    "/team/alerts.xhtml?alert=" + alert.getId(),
                    rule.getName(),
                    finding);
        }
        alert.sentTo(String.join(",", recipients));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("rule", rule.getCode());
        state.put("period", hit.periodCode());
        state.put("subject", hit.subjectKey());
        state.put("observed", hit.observed().toPlainString());
        state.put("detail", alert.getDetail());
        state.put("notified", recipients);
        auditTrail.record(
                AuditEvent.of(Caller.SCHEDULER, "ALERT_RAISED", "Alert", alert.getId())
                        .after(JSON.toJson(state)));
        return true;
    }
}
