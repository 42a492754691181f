package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the engine knows about one rep for one period.
 *
 * @param regionCode null when the rep belongs to no region (no region rank then)
 * @param teamCode null when the rep belongs to no team (no team rank then)
 * @param baseBonus the base bonus for the period type; null when none is set
 * @param measures current and {@code prev...} measure values by name; an absent or null value means
 *     no data, which is never the same as zero
 */
public record RepInput(
        String employeeNo,
        String repName,
        String regionCode,
        String teamCode,
        BigDecimal baseBonus,
        Map<String, BigDecimal> measures) {

    public RepInput {
        Objects.requireNonNull(employeeNo, "employeeNo");
        measures = withoutNoData(measures);
    }

    /** The value of a measure, or null when there is no data. */
    public BigDecimal measure(String name) {
        return measures.get(name);
    }

    // Sorted, so anything iterating the measures is deterministic.
    private static Map<String, BigDecimal> withoutNoData(Map<String, BigDecimal> measures) {
        Map<String, BigDecimal> values = new TreeMap<>();
        if (measures != null) {
            measures.forEach(
                    (name, value) -> {
                        if (value != null) {
                            values.put(name, value);
                        }
                    });
        }
        return Collections.unmodifiableMap(values);
    }
}
