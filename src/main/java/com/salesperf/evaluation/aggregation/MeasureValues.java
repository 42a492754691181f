package com.salesperf.evaluation.aggregation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures of a population for one period while they are collected: raw sums and counts per
 * employee id, then the derived rates. A measure never set stays absent (no data).
 */
final class MeasureValues {

    static final MathContext DIVISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Long, Map<String, BigDecimal>> byEmployee = new HashMap<>();

    void put(long employeeId, String measure, BigDecimal value) {
        if (value != null) {
            byEmployee.computeIfAbsent(employeeId, id -> new TreeMap<>()).put(measure, value);
        }
    }

    void add(long employeeId, String measure, BigDecimal value) {
        if (value != null) {
            byEmployee
                    .computeIfAbsent(employeeId, id -> new TreeMap<>())
                    .merge(measure, value, BigDecimal::add);
        }
    }

    BigDecimal get(long employeeId, String measure) {
        Map<String, BigDecimal> values = byEmployee.get(employeeId);
        return values == null ? null : values.get(measure);
    }

    /** Sets {@code measure} to zero where a complete ledger simply had no rows for the rep. */
    void zeroIfAbsent(long employeeId, String measure) {
        if (get(employeeId, measure) == null) {
            put(employeeId, measure, BigDecimal.ZERO);
        }
    }

    /** {@code sum / count} at DECIMAL128, or nothing when the count is zero. */
    void putMean(long employeeId, String measure, BigDecimal sum, long count) {
        if (count > 0 && sum != null) {
            put(employeeId, measure, sum.divide(BigDecimal.valueOf(count), DIVISION));
        }
    }

    /** {@code part / whole × 100}, or nothing when either is missing or the whole is not > 0. */
    void putPercent(long employeeId, String measure, String part, String whole) {
        put(employeeId, measure, percent(get(employeeId, part), get(employeeId, whole)));
    }

    /** {@code part / whole}, or nothing when either is missing or the whole is not > 0. */
    void putRatio(long employeeId, String measure, String part, String whole) {
        BigDecimal p = get(employeeId, part);
        BigDecimal w = get(employeeId, whole);
        if (p != null && w != null && w.signum() > 0) {
            put(employeeId, measure, p.divide(w, DIVISION));
        }
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, DIVISION);
    }

    /**
     * The rep's values, handed over and forgotten here: a population's inputs are built rep by rep
     * from these, and without letting go the raw values and the inputs would be in memory at once.
     */
    Map<String, BigDecimal> take(long employeeId) {
        Map<String, BigDecimal> values = byEmployee.remove(employeeId);
        return values == null ? Map.of() : values;
    }
}
