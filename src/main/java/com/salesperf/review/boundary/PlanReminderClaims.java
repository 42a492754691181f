package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.entity.Employee;
import com.salesperf.review.control.PlanDueDates;
import com.salesperf.review.entity.ImprovementPlan;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One reminder, claimed by its row in {@code plan_reminder} (primary key plan, kind, due date) and
 * sent in the same transaction: whichever timer or instance inserts the row first sends it; any
 * other finds the row, or fails on the key and rolls back, and sends nothing.
 */
@Stateless
public class PlanReminderClaims {

    private static final String PLANS_PAGE = "/review/plans.xhtml";

    @PersistenceContext EntityManager em;

    @Inject ReviewNotices notices;

    @Inject AuditTrail auditTrail;

    /**
     * @return whether this call sent the reminder
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndNotify(long planId, PlanDueDates.Due due) {
        if (claimed(planId, due)) {
            return false;
        }
        try {
            em.createNativeQuery(
                            "INSERT INTO plan_reminder (plan_id, due_kind, due_date, sent_at)"
                                    + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, planId)
                    .setParameter(2, due.kind().name())
                    .setParameter(3, java.sql.Date.valueOf(due.date()))
                    .setParameter(4, Timestamp.from(Instant.now()))
                    .executeUpdate();
        } catch (PersistenceException concurrentClaim) {
            // Another instance inserted the same key first; this transaction rolls back.
            return false;
        }
        notify(em.find(ImprovementPlan.class, planId), due);
        auditTrail.record(
                AuditEvent.of(
                                Caller.SCHEDULER,
                                "IMPROVEMENT_PLAN_REMINDER",
                                "ImprovementPlan",
                                planId)
                        .after(
                                "{\"due\":\""
                                        + due.kind()
                                        + "\",\"date\":\""
                                        + due.date()
                                        + "\",\"overdue\":"
                                        + due.overdue()
                                        + "}"));
        return true;
    }

    private boolean claimed(long planId, PlanDueDates.Due due) {
        return !em.createNativeQuery(
                        "SELECT plan_id FROM plan_reminder WHERE plan_id = ? AND due_kind = ?"
                                + " AND due_date = ?")
                .setParameter(1, planId)
                .setParameter(2, due.kind().name())
                .setParameter(3, java.sql.Date.valueOf(due.date()))
                .getResultList()
                .isEmpty();
    }

    /** The plan's manager (its owner, else the rep's manager) and the rep. */
    private void notify(ImprovementPlan plan, PlanDueDates.Due due) {
        Employee rep = em.find(Employee.class, plan.getEmployeeId());
        String repName = rep == null ? String.valueOf(plan.getEmployeeId()) : rep.getName();
        NotificationKind kind =
                due.kind() == PlanDueDates.Kind.END
                        ? NotificationKind.PLAN_DUE
                        : NotificationKind.PLAN_CHECK_IN_DUE;
        String date = due.date().toString();
        if (plan.getOwner() != null) {
            notices.toUser(plan.getOwner(), kind, PLANS_PAGE, repName, date);
        } else if (rep != null && rep.getManager() != null) {
            notices.toEmployee(rep.getManager().getId(), kind, PLANS_PAGE, repName, date);
        }
        notices.toEmployee(plan.getEmployeeId(), kind, PLANS_PAGE, repName, date);
    }
}
