package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grade and the lowest total score that earns it; a total gets the grade with the highest minimum
 * it reaches.
 *
 * @param minInclusive null for the bottom grade (minus infinity)
 */
public record GradeBand(String grade, BigDecimal minInclusive) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
    }

    public boolean reachedBy(BigDecimal total) {
        return minInclusive == null || total.compareTo(minInclusive) >= 0;
    }
}
