package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.MathContext;

final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The engine's one precision for inexact division; see the formula language for why. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    private Decimals() {}

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, DIVISION);
    }
}
