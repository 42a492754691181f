package com.salesperf.review.control;

import java.util.List;

/**
 * The HR submission package: the package with its signature block, the summary, the results after
 * adjustments, the adjustments.
 */
public record SubmissionView(
        PackageSummary pack,
        SubmissionSummary summary,
        List<RepFigures> results,
        List<AdjustmentRow> adjustments,
        String currency,
        String previousPeriod) {

    public SubmissionView {
        results = List.copyOf(results);
        adjustments = List.copyOf(adjustments);
    }
}
