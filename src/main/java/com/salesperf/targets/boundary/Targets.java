package com.salesperf.targets.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.control.DataScope;
import com.salesperf.platform.control.ConflictException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import com.salesperf.targets.control.TargetRow;
import com.salesperf.targets.entity.Target;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Targets as their owners and managers read them; always within the caller's data scope. */
@Stateless
public class Targets {

    /** Two years of monthly, quarterly and annual targets fit well below this. */
    private static final int OWN_SHOWN = 120;

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    @Inject AuditTrail auditTrail;

    /**
     * The caller's own targets, newest period first, as "My targets" and the API show them; none
     * for an account that is no rep.
     */
    public List<TargetRow> mine(Caller caller) {
        return caller.employeeId() == null
                ? List.of()
                : ofEmployee(caller, caller.employeeId(), OWN_SHOWN);
    }

    /** The rep's targets, newest period first, at most {@code limit} of them. */
    public List<TargetRow> ofEmployee(Caller caller, long employeeId, int limit) {
        dataScope.requireEmployee(caller, employeeId);
        return em.createQuery(
                        "SELECT NEW com.salesperf.targets.control.TargetRow(t.id, p.code, p.type, t.scope, t.scopeCode, "
                                + "t.measure, t.value, t.acknowledgedAt) FROM Target t JOIN t.period p "
                                + "WHERE t.employee.id = :employeeId ORDER BY p.endDate DESC, p.type, t.measure",
                        TargetRow.class)
                .setParameter("employeeId", employeeId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The rep acknowledges their own target (目标确认). Only the rep the target belongs to may; a
     * target of somebody else answers "not found" and the attempt is logged.
     */
    public TargetRow acknowledge(Caller caller, long targetId) {
        Target target = em.find(Target.class, targetId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null
                || target.getEmployee() == null
                || !target.getEmployee().getId().equals(caller.employeeId())) {
            SecurityLog.accessRefused(caller.username(), "target#" + targetId, "acknowledge");
            throw new NotFoundException("target " + targetId);
        }
        if (target.getAcknowledgedAt() != null) {
            throw new ConflictException(
                    "target.error.acknowledged", "the target is already acknowledged");
        }
        Instant now = Instant.now();
        target.acknowledge(now);
        auditTrail.record(
                AuditEvent.of(caller.username(), "TARGET_ACKNOWLEDGED", "Target", target.getId())
                        .before("{\"acknowledgedAt\":null}")
                        .after("{\"acknowledgedAt\":\"" + now + "\"}"));
        return new TargetRow(
                target.getId(),
                target.getPeriod().getCode(),
                target.getPeriod().getType(),
                target.getScope(),
                target.getScopeCode(),
                target.getMeasure(),
                target.getValue(),
                target.getAcknowledgedAt());
    }
}
