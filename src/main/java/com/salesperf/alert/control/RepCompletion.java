package com.salesperf.alert.control;

import java.math.BigDecimal;

/** A rep's sales target and actual sales in one period (null target: the rep had none). */
public record RepCompletion(String periodCode, BigDecimal target, BigDecimal actual) {

    /** Completion in percent (actual / target × 100) to one decimal, for the alert's text. */
    public BigDecimal percent() {
        return RuleArithmetic.percent(actual == null ? BigDecimal.ZERO : actual, target);
    }
}
