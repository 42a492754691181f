package com.salesperf.analytics.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Opportunities created in a period by their current stage, and the average days from creation to a
 * won deal. A row holds only its current stage, so a stage's "reached" count is the sum of it and
 * every later stage; LOST counts as qualified (it was lost after qualification).
 */
public record FunnelCounts(Map<String, Long> byStage, BigDecimal averageCycleDays)
        implements Serializable {

    public FunnelCounts {
        byStage = Map.copyOf(byStage);
    }

    public long count(String stage) {
        return byStage.getOrDefault(stage, 0L);
    }

    public long leads() {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }

    public long qualified() {
        return leads() - count("LEAD");
    }

    public long negotiated() {
        return count("NEGOTIATION") + count("WON");
    }

    public long won() {
        return count("WON");
    }
}
