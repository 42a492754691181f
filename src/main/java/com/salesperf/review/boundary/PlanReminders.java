package com.salesperf.review.boundary;

import com.salesperf.calendar.boundary.WorkingCalendar;
import com.salesperf.calendar.control.WorkingDays;
import com.salesperf.review.control.PlanDueDates;
import com.salesperf.review.control.PlanStatus;
import com.salesperf.review.entity.ImprovementPlan;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The "plan due" reminders of running improvement plans: for every check-in or end date that falls
 * within the next N working days, or has passed without its check-in, the plan's manager and the
 * rep are notified once. Each reminder is claimed in its own transaction (see {@link
 * PlanReminderClaims}), so a second call on the same day, or on another instance, sends nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlanReminders {

    private static final Logger LOG = Logger.getLogger(PlanReminders.class.getName());

    @PersistenceContext EntityManager em;

    @Inject WorkingCalendar calendar;

    @Inject PlanReminderClaims claims;

    /**
     * Sends the reminders due on {@code today}; never throws for one plan's failure.
     *
     * @return how many reminders this call sent
     */
    public int remind(LocalDate today, int withinWorkingDays) {
        WorkingDays days = calendar.workingDays();
        int sent = 0;
        for (ImprovementPlan plan :
                em.createQuery(
                                "SELECT p FROM ImprovementPlan p WHERE p.status = :active"
                                        + " ORDER BY p.id",
                                ImprovementPlan.class)
                        .setParameter("active", PlanStatus.ACTIVE)
                        .getResultList()) {
            List<PlanDueDates.Due> due =
                    PlanDueDates.dueOn(
                            plan.getStartDate(),
                            plan.getEndDate(),
                            checkInDays(plan.getId()),
                            today,
                            withinWorkingDays,
                            days);
            for (PlanDueDates.Due each : due) {
                try {
                    if (claims.claimAndNotify(plan.getId(), each)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Could not send the reminder of plan " + plan.getId(),
                            e);
                }
            }
        }
        return sent;
    }

    private List<LocalDate> checkInDays(long planId) {
        return em.createNativeQuery(
                        "SELECT CAST(checked_at AS DATE) FROM improvement_checkin WHERE plan_id = ?")
                .setParameter(1, planId)
                .getResultStream()
                .map(PlanReminders::localDate)
                .toList();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
