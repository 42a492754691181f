package com.salesperf.analytics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as the dashboards show them, to one decimal place. A ratio without a base (no target,
 * no previous figure) is null, never zero: "no data" must stay visible as such.
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 1;

    private Percent() {}

    /** part / whole × 100, or null when either is missing or the whole is zero. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    /** part / whole × 100 for counts. */
    public static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** The change from previous to current in percent (+20.0 means 20 % more), or null. */
    public static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous)
                .multiply(HUNDRED)
                .divide(previous.abs(), SCALE, RoundingMode.HALF_UP);
    }
}
