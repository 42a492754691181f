package com.salesperf.analytics.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One conversion of the funnel, e.g. lead → opportunity: how many reached each end, the rate, and
 * the threshold below which the dashboard warns (null when the step has none).
 */
public record FunnelStep(String code, long from, long to, BigDecimal rate, BigDecimal threshold)
        implements Serializable {

    public boolean belowThreshold() {
        return rate != null && threshold != null && rate.compareTo(threshold) < 0;
    }
}
