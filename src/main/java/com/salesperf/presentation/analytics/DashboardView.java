package com.salesperf.presentation.analytics;

import com.salesperf.analytics.boundary.Breakdown;
import com.salesperf.analytics.control.CompletionBucket;
import com.salesperf.analytics.control.FunnelCounts;
import com.salesperf.analytics.control.FunnelStep;
import com.salesperf.analytics.control.GoalCheck;
import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.Totals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything the dashboard shows for one period and drill-down step, loaded at once. */
public record DashboardView(
        List<Performance> rows,
        Totals totals,
        BigDecimal quarterOnQuarter,
        BigDecimal yearOnYear,
        String previousCode,
        String yearBeforeCode,
        Map<CompletionBucket, Long> distribution,
        List<Totals> trend,
        List<Performance> top,
        List<Performance> bottom,
        List<Breakdown> productLines,
        List<Breakdown> segments,
        FunnelCounts funnel,
        List<FunnelStep> steps,
        Map<String, Long> lostReasons,
        List<GoalCheck> goals,
        int goalYear)
        implements Serializable {

    public List<Map.Entry<String, Long>> lostReasonList() {
        return List.copyOf(lostReasons.entrySet());
    }
}
