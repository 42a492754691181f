package com.salesperf.data.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.data.control.FieldProblem;
import com.salesperf.data.entity.RaterRole;
import com.salesperf.data.entity.Rating;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.Period;
import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep's self-assessment 自评 for a quarter: a 0–10 score on each dimension, stored as SELF ratings
 * (the rating table of the imports), changeable while the quarter is not closed. Qualitative
 * indicators may draw on it; only the rep themself writes it, and every change is audited.
 */
@Stateless
public class SelfAssessments {

    public static final List<String> DIMENSIONS =
            List.of("TEAMWORK", "CUSTOMER_FOCUS", "EXECUTION", "LEARNING");
    private static final BigDecimal MAX = BigDecimal.TEN;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /** The caller's own scores of the quarter by dimension (missing dimensions are absent). */
    public Map<String, BigDecimal> mine(Caller caller, String quarter) {
        long employeeId = requireRep(caller);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        own(employeeId, quarter).forEach(r -> scores.put(r.getDimension(), r.getScore()));
        return scores;
    }

    public void submit(Caller caller, String quarter, Map<String, BigDecimal> scores) {
        long employeeId = requireRep(caller);
        requireOpenQuarter(quarter);
        for (String dimension : DIMENSIONS) {
            BigDecimal score = scores.get(dimension);
            if (score == null
                    || score.signum() < 0
                    || score.compareTo(MAX) > 0
                    || score.scale() > 2) {
                throw new FieldProblem(
                        dimension, "assessment.error.score", "a score from 0 to 10 is required");
            }
        }
        Map<String, Rating> existing = new LinkedHashMap<>();
        own(employeeId, quarter).forEach(r -> existing.put(r.getDimension(), r));
        Employee rep = em.getReference(Employee.class, employeeId);
        for (String dimension : DIMENSIONS) {
            BigDecimal score = scores.get(dimension);
            Rating rating = existing.get(dimension);
            String before = rating == null ? null : "{\"score\":" + rating.getScore() + "}";
            if (rating == null) {
                rating =
                        Rating.selfAssessment(
                                "SA-" + employeeId + "-" + quarter + "-" + dimension,
                                rep,
                                quarter,
                                dimension,
                                score);
                em.persist(rating);
            } else if (rating.getScore().compareTo(score) == 0) {
                continue;
            } else {
                rating.rescore(score);
            }
            auditTrail.record(
                    AuditEvent.of(
                                    caller.username(),
                                    "SELF_ASSESSED",
                                    "Rating",
                                    rating.getExternalId())
                            .before(before)
                            .after(
                                    "{\"period\":\""
                                            + quarter
                                            + "\",\"dimension\":\""
                                            + dimension
                                            + "\",\"score\":"
                                            + score.toPlainString()
                                            + "}"));
        }
    }

    private List<Rating> own(long employeeId, String quarter) {
        return em.createQuery(
                        "SELECT r FROM Rating r WHERE r.employee.id = :employee"
                                + " AND r.periodCode = :period AND r.raterRole = :role",
                        Rating.class)
                .setParameter("employee", employeeId)
                .setParameter("period", quarter)
                .setParameter("role", RaterRole.SELF)
                .getResultList();
    }

    private void requireOpenQuarter(String quarter) {
        boolean isQuarter;
        try {
            isQuarter = PeriodCode.parse(quarter).type() == PeriodType.QUARTER;
        } catch (IllegalArgumentException e) {
            isQuarter = false;
        }
        List<Period> periods =
                isQuarter
                        ? em.createQuery(
                                        "SELECT p FROM Period p WHERE p.code = :code", Period.class)
                                .setParameter("code", quarter)
                                .getResultList()
                        : List.of();
        if (periods.isEmpty()) {
            throw new FieldProblem("period", "assessment.error.period", "no such quarter", quarter);
        }
        if (periods.get(0).getStatus() == PeriodStatus.CLOSED) {
            throw new FieldProblem("period", "assessment.error.closed", "quarter closed", quarter);
        }
    }

    private static long requireRep(Caller caller) {
        if (!caller.has(Role.REP) || caller.employeeId() == null) {
            throw new AccessDeniedException("self-assessments are written by reps");
        }
        return caller.employeeId();
    }
}
