package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.PlanOutcome;
import com.salesperf.review.control.PlanRow;
import com.salesperf.review.control.PlanStatus;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.RunFacts;
import com.salesperf.review.entity.CheckIn;
import com.salesperf.review.entity.ImprovementPlan;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Improvement plans (SPEC §10, §11): drafted for reps a run flagged "improvement plan required" or
 * "persistent under-performer"; the manager writes the goals, HR approves (not the plan's owner),
 * three months with check-ins, then an outcome. Only the rep, their manager and HR see a plan.
 */
@Stateless
public class ImprovementPlans {

    /** The flag codes of the evaluation run that call for a plan. */
    public static final Set<String> TRIGGERS =
            Set.of("IMPROVEMENT_PLAN", "PERSISTENT_UNDERPERFORMER");

    private static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject DataScope dataScope;

    @Inject ChangeWitness witness;

    @Inject ReviewNotices notices;

    /** Drafts a plan for every flagged rep of the results that has none for this run yet. */
    public int draftFor(Caller caller, RunFacts run, List<RepFigures> figures) {
        int created = 0;
        for (RepFigures rep : figures) {
            String trigger =
                    rep.flags().stream()
                            .filter(TRIGGERS::contains)
                            .sorted()
                            .reduce((a, b) -> b)
                            .orElse(null);
            if (trigger == null || exists(run.runId(), rep.employeeId())) {
                continue;
            }
            ImprovementPlan plan =
                    new ImprovementPlan(
                            rep.employeeId(),
                            run.runId(),
                            run.periodCode(),
                            trigger,
                            caller.username(),
                            Instant.now());
            em.persist(plan);
            em.flush();
            audit(caller, "IMPROVEMENT_PLAN_DRAFTED", plan, null);
            created++;
        }
        return created;
    }

    private boolean exists(long runId, long employeeId) {
        return !em.createNamedQuery("ImprovementPlan.findByRunAndEmployee", ImprovementPlan.class)
                .setParameter("run", runId)
                .setParameter("employee", employeeId)
                .getResultList()
                .isEmpty();
    }

    /** The plans the caller may see: their own, or those of the reps in their scope. */
    public List<PlanRow> list(Caller caller, int max) {
        if (caller.employeeId() != null && !caller.hasAny(Role.MANAGER, Role.HR)) {
            return em.createNamedQuery("ImprovementPlan.findByEmployee", ImprovementPlan.class)
                    .setParameter("employee", caller.employeeId())
                    .getResultStream()
                    .map(this::row)
                    .toList();
        }
        if (!caller.hasAny(Role.MANAGER, Role.HR)) {
            throw new AccessDeniedException("improvement plans");
        }
        return em.createQuery(
                        "SELECT p FROM ImprovementPlan p ORDER BY p.id DESC", ImprovementPlan.class)
                .setMaxResults(5_000)
                .getResultStream()
                .filter(p -> mayRead(caller, p))
                .limit(max)
                .map(this::row)
                .toList();
    }

    public PlanRow view(Caller caller, long planId) {
        return row(readable(caller, planId));
    }

    /** The manager writes the goals and asks HR to approve. */
    public PlanRow submitGoals(Caller caller, long planId, long seenVersion, String goals) {
        ImprovementPlan plan = writable(caller, planId, seenVersion, Role.MANAGER);
        requireState(plan, PlanStatus.DRAFT, PlanStatus.PENDING_APPROVAL);
        requireText(goals);
        plan.submitGoals(goals, caller.username(), Instant.now());
        return saved(caller, plan, "IMPROVEMENT_PLAN_GOALS", null);
    }

    /** HR approves; the three months start today. The plan's owner may not approve it. */
    public PlanRow approve(Caller caller, long planId, long seenVersion) {
        ImprovementPlan plan = writable(caller, planId, seenVersion, Role.HR);
        requireState(plan, PlanStatus.PENDING_APPROVAL);
        if (caller.username().equals(plan.getOwner())) {
            throw new AccessDeniedException(
                    "review.plan.ownApproval",
                    "the plan's owner cannot approve it (segregation of duties)");
        }
        plan.approve(LocalDate.now(COMPANY_ZONE), caller.username(), Instant.now());
        PlanRow row = saved(caller, plan, "IMPROVEMENT_PLAN_APPROVED", null);
        notices.toUser(
                plan.getOwner(),
                NotificationKind.PLAN_DUE,
                "/review/plans.xhtml",
                row.employeeName(),
                String.valueOf(plan.getEndDate()));
        return row;
    }

    public PlanRow checkIn(Caller caller, long planId, String note) {
        ImprovementPlan plan = readable(caller, planId);
        requireBackOffice(caller);
        requireState(plan, PlanStatus.ACTIVE);
        requireText(note);
        CheckIn checkIn = new CheckIn(planId, caller.username(), Instant.now(), note);
        em.persist(checkIn);
        em.flush();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "IMPROVEMENT_PLAN_CHECK_IN",
                                "ImprovementPlan",
                                planId)
                        .because(note.strip()));
        return row(plan);
    }

    public PlanRow conclude(
            Caller caller, long planId, long seenVersion, PlanOutcome outcome, String note) {
        ImprovementPlan plan = writable(caller, planId, seenVersion, Role.HR);
        requireState(plan, PlanStatus.ACTIVE);
        requireText(note);
        plan.conclude(outcome, note, caller.username(), Instant.now());
        return saved(caller, plan, "IMPROVEMENT_PLAN_" + outcome.name(), note);
    }

    private ImprovementPlan writable(Caller caller, long planId, long seenVersion, Role role) {
        ImprovementPlan plan = readable(caller, planId);
        if (!caller.has(role)) {
            throw new AccessDeniedException("improvement plan step");
        }
        if (plan.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(plan.getChangedBy());
        }
        return plan;
    }

    private PlanRow saved(Caller caller, ImprovementPlan plan, String action, String reason) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(
                    witness.lastChangedBy(ImprovementPlan.class, plan.getId()));
        }
        audit(caller, action, plan, reason);
        return row(plan);
    }

    private ImprovementPlan readable(Caller caller, long planId) {
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan)) {
            SecurityLog.accessRefused(caller.username(), "improvement-plan#" + planId, "-");
            throw new NotFoundException("improvement plan " + planId);
        }
        return plan;
    }

    /** The rep, their manager and HR only: not administrators, auditors or finance. */
    boolean mayRead(Caller caller, ImprovementPlan plan) {
        if (Long.valueOf(plan.getEmployeeId()).equals(caller.employeeId())) {
            return true;
        }
        if (!caller.hasAny(Role.MANAGER, Role.HR)) {
            return false;
        }
        if (caller.has(Role.HR) && caller.scopeOrgUnitId() == null) {
            return true;
        }
        Employee employee = em.find(Employee.class, plan.getEmployeeId());
        return employee != null
                && caller.scopeOrgUnitId() != null
                && dataScope.of(caller).canSeeUnit(employee.getOrgUnit().getId());
    }

    private static void requireBackOffice(Caller caller) {
        if (!caller.hasAny(Role.MANAGER, Role.HR)) {
            throw new AccessDeniedException("improvement plan check-in");
        }
    }

    private static void requireState(ImprovementPlan plan, PlanStatus... allowed) {
        if (!List.of(allowed).contains(plan.getStatus())) {
            throw new BusinessException(
                    "review.plan.wrongState",
                    "the plan is " + plan.getStatus() + "; this step is not possible now",
                    plan.getStatus().name());
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("review.plan.textRequired", "a text is required");
        }
    }

    PlanRow row(ImprovementPlan p) {
        Employee e = em.find(Employee.class, p.getEmployeeId());
        List<PlanRow.CheckInRow> checkIns =
                em.createNamedQuery("CheckIn.findByPlan", CheckIn.class)
                        .setParameter("plan", p.getId())
                        .getResultStream()
                        .map(
                                c ->
                                        new PlanRow.CheckInRow(
                                                c.getCheckedAt(), c.getCheckedBy(), c.getNote()))
                        .toList();
        return new PlanRow(
                p.getId(),
                p.getEmployeeId(),
                e == null ? "?" : e.getEmployeeNo(),
                e == null ? "?" : e.getName(),
                p.getPeriodCode(),
                p.getTriggerFlag(),
                p.getStatus(),
                p.getOwner(),
                p.getGoals(),
                p.getStartDate(),
                p.getEndDate(),
                p.getOutcome(),
                p.getOutcomeNote(),
                p.getApprovedBy(),
                p.getChangedBy(),
                p.getVersion(),
                checkIns);
    }

    private void audit(Caller caller, String action, ImprovementPlan plan, String reason) {
        auditTrail.record(
                AuditEvent.of(caller.username(), action, "ImprovementPlan", plan.getId())
                        .after(
                                "{\"employeeId\":"
                                        + plan.getEmployeeId()
                                        + ",\"status\":\""
                                        + plan.getStatus()
                                        + "\"}")
                        .because(reason));
    }
}
