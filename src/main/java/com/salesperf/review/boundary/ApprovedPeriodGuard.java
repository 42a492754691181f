package com.salesperf.review.boundary;

import com.salesperf.evaluation.boundary.RunRequested;
import com.salesperf.platform.control.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * SPEC §8: after approval only HR can reopen a period. A new run of a period and scheme is refused
 * while a review package of one of its runs is approved or published; HR's reopening (see {@link
 * Reviews#reopen}) moves those packages to REOPENED and lets the run start. Reads the two tables
 * directly, as {@link EvaluationResultTables} does, so evaluation does not depend on review.
 */
@ApplicationScoped
public class ApprovedPeriodGuard {

    @PersistenceContext EntityManager em;

    void beforeRun(@Observes RunRequested run) {
        List<?> approved =
                em.createNativeQuery(
                                "SELECT o.code FROM review_package p"
                                        + " JOIN evaluation_run r ON r.id = p.run_id"
                                        + " JOIN org_unit o ON o.id = p.org_unit_id"
                                        + " WHERE r.period_code = ? AND r.scheme_code = ?"
                                        + " AND r.preview = FALSE"
                                        + " AND p.status IN ('APPROVED', 'PUBLISHED')"
                                        + " ORDER BY o.code")
                        .setParameter(1, run.periodCode())
                        .setParameter(2, run.schemeCode())
                        .getResultList();
        if (!approved.isEmpty()) {
            String units = String.join(", ", approved.stream().map(Object::toString).toList());
            throw new BusinessException(
                    "runs.error.periodApproved",
                    "the results of "
                            + run.periodCode()
                            + " under scheme "
                            + run.schemeCode()
                            + " are approved ("
                            + units
                            + "); HR must reopen them with a reason before the period is run"
                            + " again",
                    run.periodCode(),
                    run.schemeCode(),
                    units);
        }
    }
}
