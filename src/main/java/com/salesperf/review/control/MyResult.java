package com.salesperf.review.control;

import java.time.Instant;
import java.util.List;

/**
 * A published result as its rep (and HR deciding an appeal) sees it: the figures after any
 * adjustment, the adjustments with their reasons, the appeal window and the appeal with its
 * outcome. {@code version} goes back with the rep's next step; {@code reopened} says HR reopened
 * this version (it stays readable; the period's new run follows).
 */
public record MyResult(
        long id,
        long runId,
        long employeeId,
        ReviewStatus status,
        Instant publishedAt,
        Instant appealUntil,
        boolean appealOpen,
        int resultVersion,
        RepFigures figures,
        List<AdjustmentRow> adjustments,
        AppealRow appeal,
        long version,
        boolean reopened) {

    public MyResult {
        adjustments = List.copyOf(adjustments);
    }

    public boolean adjusted() {
        return !adjustments.isEmpty();
    }

    /** An appeal and HR's decision, if any. */
    public record AppealRow(
            long id,
            String text,
            Instant filedAt,
            String attachmentName,
            String decision,
            String decisionText,
            String decidedBy,
            Instant decidedAt) {}
}
