package com.salesperf.evaluation.control;

/**
 * Why a rep gets no score at all. Such a rep is never scored as 0 %: it is left out of ranking,
 * tiers and bonus, and shown with this reason.
 */
public enum NotEvaluableReason {
    /** targetSales is missing, zero or negative: there is nothing to complete. */
    NO_TARGET,
    /** actualSales is missing (no data, which is not the same as zero sales). */
    NO_ACTUAL_SALES,
    /** Every indicator with weight lacked data and was excluded. */
    NO_SCORABLE_INDICATORS
}
