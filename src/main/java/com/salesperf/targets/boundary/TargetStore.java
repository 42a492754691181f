package com.salesperf.targets.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.period.entity.Period;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.targets.entity.Target;
import com.salesperf.targets.entity.TargetScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Sets one target within the caller's transaction: a new target is created, an existing one with a
 * different value is adjusted with the reason (which clears a rep's acknowledgement), an equal one
 * is left alone. Every change is audited. Callers check roles and scope first.
 */
@ApplicationScoped
public class TargetStore {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /** Returns true when the target was created or changed. */
    boolean set(
            String username,
            Period period,
            TargetScope scope,
            String code,
            String measure,
            BigDecimal value,
            String reason) {
        Instant now = Instant.now();
        List<Target> existing =
                em.createQuery(
                                "SELECT t FROM Target t WHERE t.period = :period AND t.scope = :scope"
                                        + " AND t.scopeCode = :code AND t.measure = :measure",
                                Target.class)
                        .setParameter("period", period)
                        .setParameter("scope", scope)
                        .setParameter("code", code)
                        .setParameter("measure", measure)
                        .getResultList();
        String before = existing.isEmpty() ? null : existing.get(0).getValue().toPlainString();
        if (!existing.isEmpty()) {
            if (existing.get(0).getValue().compareTo(value) == 0) {
                return false;
            }
            em.persist(existing.get(0).adjust(value, reason, username, now));
        } else if (scope == TargetScope.REP) {
            em.persist(Target.forRep(period, employee(code), measure, value, username, now));
        } else {
            em.persist(Target.forUnit(period, scope, unit(code), measure, value, username, now));
        }
        auditTrail.record(
                AuditEvent.of(username, "TARGET_SET", "Target", scope + ":" + code)
                        .before(before == null ? null : "{\"value\":" + before + "}")
                        .after(
                                "{\"period\":\""
                                        + period.getCode()
                                        + "\",\"measure\":\""
                                        + measure
                                        + "\",\"value\":"
                                        + value.toPlainString()
                                        + "}")
                        .because(reason));
        return true;
    }

    Period period(String code) {
        return em.createQuery("SELECT p FROM Period p WHERE p.code = :code", Period.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new BusinessException(
                                        "decomposition.error.noPeriod", "no such period", code));
    }

    /** The explicit target of a scope in a period, or null. */
    BigDecimal valueOf(String periodCode, TargetScope scope, String code, String measure) {
        return em.createQuery(
                        "SELECT t.value FROM Target t WHERE t.period.code = :period"
                                + " AND t.scope = :scope AND t.scopeCode = :code"
                                + " AND t.measure = :measure",
                        BigDecimal.class)
                .setParameter("period", periodCode)
                .setParameter("scope", scope)
                .setParameter("code", code)
                .setParameter("measure", measure)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Employee employee(String employeeNo) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :no", Employee.class)
                .setParameter("no", employeeNo)
                .getSingleResult();
    }

    private OrgUnit unit(String code) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
