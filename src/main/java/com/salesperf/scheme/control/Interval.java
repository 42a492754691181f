package com.salesperf.scheme.control;

import java.math.BigDecimal;

/**
 * A range of numbers. A null bound is infinite (and never inclusive).
 *
 * @param lower null for minus infinity
 * @param upper null for plus infinity
 */
public record Interval(
        BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    public Interval {
        lowerInclusive = lower != null && lowerInclusive;
        upperInclusive = upper != null && upperInclusive;
    }

    /** The usual convention of scoring bands and tiers: [lower, upper). */
    public static Interval closedOpen(BigDecimal lower, BigDecimal upper) {
        return new Interval(lower, true, upper, false);
    }

    public static Interval point(BigDecimal value) {
        return new Interval(value, true, value, true);
    }

    public boolean contains(BigDecimal value) {
        return !isAbove(value) && !isBelow(value);
    }

    /** Whether the whole interval lies above {@code value}. */
    public boolean isAbove(BigDecimal value) {
        if (lower == null) {
            return false;
        }
        int order = value.compareTo(lower);
        return order < 0 || (order == 0 && !lowerInclusive);
    }

    /** Whether the whole interval lies below {@code value}. */
    public boolean isBelow(BigDecimal value) {
        if (upper == null) {
            return false;
        }
        int order = value.compareTo(upper);
        return order > 0 || (order == 0 && !upperInclusive);
    }

    /** True when no number lies in it, e.g. [5, 3] or [5, 5). */
    public boolean isEmpty() {
        if (lower == null || upper == null) {
            return false;
        }
        int order = lower.compareTo(upper);
        return order > 0 || (order == 0 && !(lowerInclusive && upperInclusive));
    }

    /** Mathematical notation, e.g. "[80, 100)", "(-inf, 80)", "[120, +inf)". */
    public String format() {
        return (lowerInclusive ? "[" : "(")
                + (lower == null ? "-inf" : Decimals.plain(lower))
                + ", "
                + (upper == null ? "+inf" : Decimals.plain(upper))
                + (upperInclusive ? "]" : ")");
    }

    @Override
    public String toString() {
        return format();
    }
}
