package com.salesperf.review.control;

import java.time.LocalDate;

/** The fixed term of an improvement plan: three months from approval, and again when extended. */
public final class PlanTerm {

    public static final int MONTHS = 3;

    private PlanTerm() {}

    /**
     * The last day of a term starting on {@code start}: the day before the same date 3 months on.
     */
    public static LocalDate endOf(LocalDate start) {
        return start.plusMonths(MONTHS).minusDays(1);
    }

    /** The new last day when a plan ending on {@code end} is extended. */
    public static LocalDate extend(LocalDate end) {
        return endOf(end.plusDays(1));
    }
}
