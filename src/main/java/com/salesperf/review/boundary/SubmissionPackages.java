package com.salesperf.review.boundary;

import com.salesperf.platform.control.PdfTexts;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.EffectiveFigures;
import com.salesperf.review.control.EvaluationReportPdf;
import com.salesperf.review.control.PackageSummary;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.RunFacts;
import com.salesperf.review.control.SubmissionSummary;
import com.salesperf.review.control.SubmissionView;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The submission package HR reads before approving (SPEC §11): distribution by grade and tier,
 * total bonus against the plan's budget, changes against the previous period, the adjusted items,
 * and the preparer / reviewer / approver / date block.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SubmissionPackages {

    @Inject Reviews reviews;

    @Inject Adjustments adjustments;

    @Inject StoredResults results;

    @Inject SchemeCatalog catalog;

    public SubmissionView of(Caller caller, long packageId) {
        ReviewPackage pack = reviews.find(caller, packageId);
        PackageSummary summary = reviews.summary(pack);
        ResultScope scope = Reviews.scopeOf(reviews.unit(pack.getOrgUnitId()));
        List<AdjustmentRow> changes = adjustments.ofRun(pack.getRunId());
        List<RepFigures> current = effective(results.results(pack.getRunId(), scope), changes);
        List<Long> reps = current.stream().map(RepFigures::employeeId).toList();
        List<AdjustmentRow> inScope =
                changes.stream().filter(a -> reps.contains(a.employeeId())).toList();
        Optional<RunFacts> run = results.run(pack.getRunId());
        Optional<RunFacts> previous = run.flatMap(results::previousRun);
        List<RepFigures> before =
                previous.map(
                                p ->
                                        effective(
                                                results.results(p.runId(), scope),
                                                adjustments.ofRun(p.runId())))
                        .orElse(List.of());
        BigDecimal budget = run.map(r -> budgetOf(r.planVersionId())).orElse(null);
        int adjustedReps = (int) inScope.stream().map(AdjustmentRow::employeeId).distinct().count();
        return new SubmissionView(
                summary,
                SubmissionSummary.of(current, before, budget, adjustedReps),
                current,
                inScope,
                run.map(RunFacts::currency).orElse("CNY"),
                previous.map(RunFacts::periodCode).orElse(null));
    }

    /** The evaluation report of the package as a PDF in the reader's language. */
    public byte[] reportPdf(Caller caller, long packageId, Locale locale) {
        return EvaluationReportPdf.of(of(caller, packageId), PdfTexts.of(locale));
    }

    /** The results with every rep's adjustments applied. */
    static List<RepFigures> effective(List<RepFigures> computed, List<AdjustmentRow> changes) {
        Map<Long, List<AdjustmentRow>> byRep =
                changes.stream().collect(Collectors.groupingBy(AdjustmentRow::employeeId));
        return computed.stream()
                .map(f -> EffectiveFigures.apply(f, byRep.getOrDefault(f.employeeId(), List.of())))
                .toList();
    }

    private BigDecimal budgetOf(long planVersionId) {
        try {
            return catalog.plan(planVersionId).definition().bonusBudget();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
