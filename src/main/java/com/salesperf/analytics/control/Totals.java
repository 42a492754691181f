package com.salesperf.analytics.control;

import java.io.Serializable;
import java.math.BigDecimal;

/** Target and actual sales of a whole scope in one period. */
public record Totals(String periodCode, BigDecimal target, BigDecimal actual)
        implements Serializable {

    public BigDecimal completion() {
        return Percent.of(actual == null ? BigDecimal.ZERO : actual, target);
    }
}
