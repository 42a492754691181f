package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.MathContext;

final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The engine's one precision for inexact division; see the formula language for why. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    private Decimals() {}

    /**
     * The value without trailing fraction zeros and without exponent: exactly {@code
     * value.stripTrailingZeros().toPlainString()}, computed on the text because stripping a
     * 34-digit quotient digit by digit is among the most expensive steps of writing a result.
     */
    static String plain(BigDecimal value) {
        String text = value.toPlainString();
        if (value.scale() <= 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, DIVISION);
    }
}
