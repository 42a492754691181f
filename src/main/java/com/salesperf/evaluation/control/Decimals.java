package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.MathContext;

final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The engine's one precision for inexact division; see the formula language for why. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    /** Values of up to this many digits print from a long, without any division. */
    private static final int LONG_DIGITS = 18;

    private static final int RECENT_SLOTS = 16;

    /**
     * The texts of long values printed lately on this thread, as value, text pairs in a slot chosen
     * by the value's hash. A result writes each of its quotients (a rate, a mean: 34 digits) up to
     * six times, and printing one takes long divisions. Only JDK types are kept, so a pooled server
     * thread holds on to nothing of an undeployed application.
     */
    private static final ThreadLocal<Object[]> RECENT_TEXTS =
            ThreadLocal.withInitial(() -> new Object[2 * RECENT_SLOTS]);

    private Decimals() {}

    /**
     * The value without trailing fraction zeros and without exponent: exactly {@code
     * value.stripTrailingZeros().toPlainString()}, computed on the text because stripping a
     * 34-digit quotient digit by digit is among the most expensive steps of writing a result.
     */
    static String plain(BigDecimal value) {
        if (value.precision() <= LONG_DIGITS) {
            return strip(value);
        }
        Object[] recent = RECENT_TEXTS.get();
        int slot = 2 * Math.floorMod(value.hashCode(), RECENT_SLOTS);
        if (value.equals(recent[slot])) {
            return (String) recent[slot + 1];
        }
        String text = strip(value);
        recent[slot] = value;
        recent[slot + 1] = text;
        return text;
    }

    private static String strip(BigDecimal value) {
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
