package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.EffectiveFigures;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ReviewRole;
import com.salesperf.review.control.ScopeMatch;
import com.salesperf.review.entity.ResultAdjustment;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Manual changes of result figures (SPEC §11): a reason is required, the value before the change is
 * kept, the result shows as adjusted, and the immutable result row is never touched. Managers
 * adjust before submitting; HR adjusts when upholding an appeal ({@link Appeals}).
 */
@Stateless
public class Adjustments {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject Reviews reviews;

    @Inject ReviewAccess access;

    @Inject StoredResults results;

    /** The preparer changes a figure of a rep in a package that is not yet submitted. */
    public AdjustmentRow adjust(
            Caller caller,
            long packageId,
            long employeeId,
            AdjustableFigure field,
            String value,
            String reason) {
        ReviewPackage pack = reviews.find(caller, packageId);
        if (access.roleFor(caller, pack.getOrgUnitId(), ReviewRole.PREPARER) == null) {
            throw new AccessDeniedException("adjust results");
        }
        if (!pack.isOpenForAdjustment()) {
            throw new BusinessException(
                    "review.adjust.notOpen",
                    "results can be adjusted only before the package is submitted");
        }
        RepFigures computed =
                results.result(pack.getRunId(), employeeId)
                        .filter(
                                f ->
                                        ScopeMatch.contains(
                                                Reviews.scopeOf(reviews.unit(pack.getOrgUnitId())),
                                                f))
                        .orElseThrow(() -> new NotFoundException("result of " + employeeId));
        return record(
                caller, computed, pack.getRunId(), pack.getId(), null, 1, field, value, reason);
    }

    /**
     * Writes one adjustment: checks reason and value, links it to the previous change of the same
     * figure and audits it.
     */
    public AdjustmentRow record(
            Caller caller,
            RepFigures computed,
            long runId,
            Long packageId,
            Long appealId,
            int resultVersion,
            AdjustableFigure field,
            String value,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("review.adjust.reasonRequired", "a reason is required");
        }
        String normalised =
                field.normalise(value)
                        .orElseThrow(
                                () ->
                                        new BusinessException(
                                                "review.adjust.badValue",
                                                "not an acceptable value for " + field,
                                                value,
                                                field.name()));
        List<AdjustmentRow> earlier = of(runId, computed.employeeId());
        AdjustmentRow previous = EffectiveFigures.latest(earlier, field);
        String original =
                previous != null ? previous.adjustedValue() : field.valueIn(computed).orElse(null);
        ResultAdjustment adjustment =
                new ResultAdjustment(
                        runId,
                        computed.employeeId(),
                        packageId,
                        appealId,
                        previous == null ? null : previous.id(),
                        resultVersion,
                        field.name(),
                        original,
                        normalised,
                        reason,
                        caller.username(),
                        Instant.now());
        em.persist(adjustment);
        em.flush();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "RESULT_ADJUSTED",
                                "ResultAdjustment",
                                adjustment.getId())
                        .before(figure(runId, computed.employeeId(), field, original))
                        .after(figure(runId, computed.employeeId(), field, normalised))
                        .because(reason.strip()));
        return adjustment.row();
    }

    /** The adjustments of one rep's result in a run, oldest first. */
    public List<AdjustmentRow> of(long runId, long employeeId) {
        return em.createNamedQuery("ResultAdjustment.findByRep", ResultAdjustment.class)
                .setParameter("run", runId)
                .setParameter("employee", employeeId)
                .getResultStream()
                .map(ResultAdjustment::row)
                .toList();
    }

    /** All adjustments of a run, oldest first (package view, audit package). */
    public List<AdjustmentRow> ofRun(long runId) {
        return em.createNamedQuery("ResultAdjustment.findByRun", ResultAdjustment.class)
                .setParameter("run", runId)
                .getResultStream()
                .map(ResultAdjustment::row)
                .toList();
    }

    private static String figure(
            long runId, long employeeId, AdjustableFigure field, String value) {
        return "{\"runId\":"
                + runId
                + ",\"employeeId\":"
                + employeeId
                + ",\"field\":\""
                + field
                + "\",\"value\":"
                + (value == null ? "null" : "\"" + value + "\"")
                + "}";
    }
}
