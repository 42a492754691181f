package com.salesperf.analytics.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The stage conversions of the sales funnel with their warning thresholds (SPEC §10: by default a
 * warning when lead → opportunity falls below 30 %), and the average cycle against its goal.
 */
public final class Funnel {

    public static final BigDecimal LEAD_TO_OPPORTUNITY_THRESHOLD = BigDecimal.valueOf(30);
    public static final BigDecimal CYCLE_GOAL_DAYS = BigDecimal.valueOf(30);

    private Funnel() {}

    public static List<FunnelStep> steps(FunnelCounts counts) {
        return List.of(
                step(
                        "LEAD_TO_OPPORTUNITY",
                        counts.leads(),
                        counts.qualified(),
                        LEAD_TO_OPPORTUNITY_THRESHOLD),
                step("OPPORTUNITY_TO_NEGOTIATION", counts.qualified(), counts.negotiated(), null),
                step("NEGOTIATION_TO_WON", counts.negotiated(), counts.won(), null),
                step("LEAD_TO_WON", counts.leads(), counts.won(), null));
    }

    /** True when the average cycle is known and longer than the goal. */
    public static boolean cycleTooLong(FunnelCounts counts) {
        return counts.averageCycleDays() != null
                && counts.averageCycleDays().compareTo(CYCLE_GOAL_DAYS) > 0;
    }

    private static FunnelStep step(String code, long from, long to, BigDecimal threshold) {
        return new FunnelStep(code, from, to, Percent.of(to, from), threshold);
    }
}
