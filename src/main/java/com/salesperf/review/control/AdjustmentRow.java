package com.salesperf.review.control;

import java.time.Instant;

/** One manual change of a figure as pages, the API and exports show it. */
public record AdjustmentRow(
        long id,
        long runId,
        long employeeId,
        AdjustableFigure field,
        String originalValue,
        String adjustedValue,
        String reason,
        String adjustedBy,
        Instant adjustedAt,
        int resultVersion,
        Long appealId,
        Long supersedesId) {}
