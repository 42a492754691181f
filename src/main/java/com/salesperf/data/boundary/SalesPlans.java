package com.salesperf.data.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.data.control.FieldProblem;
import com.salesperf.data.control.PlanDeadline;
import com.salesperf.data.control.PlanRow;
import com.salesperf.data.entity.PlanSubmission;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A rep's monthly sales plans 月度销售计划: the rep submits the plan for a month before its due time (the
 * plan-timeliness indicator reads submitted_at against due_at); a plan may be revised until it is
 * due. Only the rep themself submits; every submission is audited.
 */
@Stateless
public class SalesPlans {

    static final int MIN_CONTENT = 10;
    static final int MAX_CONTENT = 2000;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    Clock clock = Clock.systemDefaultZone();

    /** The caller's own plans, newest month first. */
    public List<PlanRow> mine(Caller caller, int limit) {
        long employeeId = requireRep(caller);
        return em.createQuery(
                        "SELECT NEW com.salesperf.data.control.PlanRow(p.id, p.periodCode, p.dueAt,"
                                + " p.submittedAt, p.content) FROM PlanSubmission p"
                                + " WHERE p.employee.id = :employee ORDER BY p.periodCode DESC",
                        PlanRow.class)
                .setParameter("employee", employeeId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The month a rep would normally plan now. */
    public String suggestedMonth() {
        return PeriodCode.parse(PlanDeadline.nextToPlan(LocalDateTime.now(clock)).toString())
                .toString();
    }

    public Instant dueAt(String monthCode) {
        return instant(PlanDeadline.dueAt(month(monthCode)));
    }

    /** Submits or revises the plan for a month; returns the stored plan. */
    public PlanRow submit(Caller caller, String monthCode, String content) {
        long employeeId = requireRep(caller);
        YearMonth month = month(monthCode);
        String text = content == null ? "" : content.strip();
        if (text.length() < MIN_CONTENT || text.length() > MAX_CONTENT) {
            throw new FieldProblem(
                    "content",
                    "plan.error.content",
                    "a plan of 10 to 2000 characters is required",
                    String.valueOf(MIN_CONTENT),
                    String.valueOf(MAX_CONTENT));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (PlanDeadline.tooFarAhead(month, now)) {
            throw new FieldProblem(
                    "month",
                    "plan.error.tooFar",
                    "plans are accepted at most three months ahead",
                    PlanDeadline.MONTHS_AHEAD);
        }
        PlanSubmission plan = find(employeeId, month.toString());
        Instant at = now.atZone(ZoneId.systemDefault()).toInstant();
        String before = plan == null ? null : state(plan);
        if (plan == null) {
            plan =
                    new PlanSubmission(
                            em.getReference(Employee.class, employeeId),
                            month.toString(),
                            instant(PlanDeadline.dueAt(month)));
            em.persist(plan);
        } else if (plan.getSubmittedAt() != null && at.isAfter(plan.getDueAt())) {
            throw new FieldProblem(
                    "month",
                    "plan.error.locked",
                    "the plan was submitted and its due time has passed",
                    month.toString());
        }
        plan.submit(text, at);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "PLAN_SUBMITTED", "PlanSubmission", plan.getId())
                        .before(before)
                        .after(state(plan)));
        return new PlanRow(
                plan.getId(),
                plan.getPeriodCode(),
                plan.getDueAt(),
                plan.getSubmittedAt(),
                plan.getContent());
    }

    private PlanSubmission find(long employeeId, String month) {
        return em.createQuery(
                        "SELECT p FROM PlanSubmission p WHERE p.employee.id = :employee"
                                + " AND p.periodCode = :month",
                        PlanSubmission.class)
                .setParameter("employee", employeeId)
                .setParameter("month", month)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static YearMonth month(String code) {
        try {
            PeriodCode period = PeriodCode.parse(code);
            if (period.type() != PeriodType.MONTH) {
                throw new IllegalArgumentException("not a month");
            }
            return YearMonth.of(period.year(), period.index());
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(
                    "month", "plan.error.month", "a month such as 2024-01 is required", code);
        }
    }

    private static long requireRep(Caller caller) {
        if (!caller.has(Role.REP) || caller.employeeId() == null) {
            throw new AccessDeniedException("sales plans are submitted by reps");
        }
        return caller.employeeId();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String state(PlanSubmission plan) {
        return Json.createObjectBuilder()
                .add("period", plan.getPeriodCode())
                .add("dueAt", plan.getDueAt().toString())
                .add(
                        "submittedAt",
                        plan.getSubmittedAt() == null ? "" : plan.getSubmittedAt().toString())
                .add("length", plan.getContent() == null ? 0 : plan.getContent().length())
                .build()
                .toString();
    }
}
