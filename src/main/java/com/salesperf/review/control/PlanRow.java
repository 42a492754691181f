package com.salesperf.review.control;

import java.time.LocalDate;
import java.util.List;

/** An improvement plan as the rep, their manager and HR see it. */
public record PlanRow(
        long id,
        long employeeId,
        String employeeNo,
        String employeeName,
        String periodCode,
        String triggerFlag,
        PlanStatus status,
        String owner,
        String goals,
        LocalDate startDate,
        LocalDate endDate,
        PlanOutcome outcome,
        String outcomeNote,
        String approvedBy,
        String changedBy,
        long version,
        List<CheckInRow> checkIns) {

    public PlanRow {
        checkIns = List.copyOf(checkIns);
    }

    public record CheckInRow(java.time.Instant at, String by, String note) {}
}
