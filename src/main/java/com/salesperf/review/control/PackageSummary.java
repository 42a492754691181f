package com.salesperf.review.control;

import java.time.Instant;
import java.util.List;

/**
 * A review package as pages and the API show it, with the preparer / reviewer / approver / date
 * block and the steps taken so far. {@code version} goes back with the next step (optimistic lock).
 */
public record PackageSummary(
        long id,
        long runId,
        String periodCode,
        long orgUnitId,
        String unitCode,
        String unitName,
        ReviewStatus status,
        String preparedBy,
        Instant submittedAt,
        String reviewedBy,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        Instant publishedAt,
        String lastComment,
        String changedBy,
        long version,
        List<Step> steps,
        Reopening reopening) {

    public PackageSummary {
        steps = List.copyOf(steps);
    }

    /** Whether HR reopened the package (its results stay readable as history). */
    public boolean reopened() {
        return reopening != null;
    }

    /**
     * Who reopened the package, when and why, and the run that now stands for the period and scheme
     * (null until the new run has completed).
     */
    public record Reopening(String by, Instant at, String reason, Long currentRunId) {}

    /** One step of the package's history. */
    public record Step(
            ReviewAction action,
            String actor,
            Instant at,
            ReviewStatus from,
            ReviewStatus to,
            String comment) {}
}
