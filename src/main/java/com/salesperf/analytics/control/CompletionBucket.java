package com.salesperf.analytics.control;

import java.math.BigDecimal;

/**
 * The completion bands of the distribution chart; their edges are the tier edges of the default
 * incentive plan (60, 80, 100, 120 %), so the chart reads like the tier table.
 */
public enum CompletionBucket {
    BELOW_60(null, 60),
    FROM_60(60, 80),
    FROM_80(80, 100),
    FROM_100(100, 120),
    FROM_120(120, null);

    private final Integer from;
    private final Integer below;

    CompletionBucket(Integer from, Integer below) {
        this.from = from;
        this.below = below;
    }

    public static CompletionBucket of(BigDecimal completion) {
        for (CompletionBucket bucket : values()) {
            if (bucket.below == null
                    || completion.compareTo(BigDecimal.valueOf(bucket.below)) < 0) {
                return bucket;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The SQL condition "completion falls in this bucket" on an actual and a target column, in
     * integer arithmetic (actual × 100 against edge × target) so no division rounds an edge.
     */
    public String sqlCondition(String actual, String target) {
        String lower = from == null ? "1 = 1" : actual + " * 100 >= " + from + " * " + target;
        String upper = below == null ? "1 = 1" : actual + " * 100 < " + below + " * " + target;
        return lower + " AND " + upper;
    }

    public String label() {
        return (from == null ? "<" + below : below == null ? "≥" + from : from + "–" + below)
                + " %";
    }
}
