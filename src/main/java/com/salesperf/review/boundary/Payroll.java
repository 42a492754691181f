package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.ResultSheets;
import com.salesperf.review.control.ReviewStatus;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The payroll export for finance: the bonus of every rep whose results HR approved for the period,
 * after adjustments (including upheld appeals), as CSV with neutralised text cells.
 */
@Stateless
public class Payroll {

    private static final Set<ReviewStatus> APPROVED =
            EnumSet.of(ReviewStatus.APPROVED, ReviewStatus.PUBLISHED);

    @PersistenceContext EntityManager em;

    @Inject StoredResults results;

    @Inject Adjustments adjustments;

    @Inject Reviews reviews;

    @Inject AuditTrail auditTrail;

    public byte[] export(Caller caller, String periodCode) {
        if (!caller.hasAny(Role.FINANCE, Role.ADMIN)) {
            throw new AccessDeniedException("payroll export");
        }
        Map<Long, List<Object>> byRep = new LinkedHashMap<>();
        List<ReviewPackage> packages =
                em.createQuery(
                                "SELECT p FROM ReviewPackage p WHERE p.periodCode = :period"
                                        + " ORDER BY p.id",
                                ReviewPackage.class)
                        .setParameter("period", periodCode)
                        .getResultList();
        for (ReviewPackage pack : packages) {
            if (!APPROVED.contains(pack.getStatus())) {
                continue;
            }
            ResultScope scope = Reviews.scopeOf(reviews.unit(pack.getOrgUnitId()));
            List<AdjustmentRow> changes = adjustments.ofRun(pack.getRunId());
            for (RepFigures r :
                    SubmissionPackages.effective(
                            results.results(pack.getRunId(), scope), changes)) {
                boolean adjusted = changes.stream().anyMatch(a -> a.employeeId() == r.employeeId());
                byRep.putIfAbsent(
                        r.employeeId(),
                        new ArrayList<>(
                                java.util.Arrays.asList(
                                        periodCode,
                                        r.employeeNo(),
                                        r.name(),
                                        r.regionCode(),
                                        r.teamCode(),
                                        r.tierCode(),
                                        r.bonus(),
                                        r.currency(),
                                        pack.getRunId(),
                                        adjusted,
                                        pack.getApprovedBy())));
            }
        }
        auditTrail.record(
                AuditEvent.of(caller.username(), "PAYROLL_EXPORTED", "Period", periodCode)
                        .after("{\"reps\":" + byRep.size() + "}"));
        return ResultSheets.csv(
                List.of(
                        "period",
                        "employee_no",
                        "name",
                        "region",
                        "team",
                        "tier",
                        "bonus",
                        "currency",
                        "run_id",
                        "adjusted",
                        "approved_by"),
                new ArrayList<>(byRep.values()));
    }
}
