package com.salesperf.evaluation.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Service stars: customer satisfaction in the top 10 % of the period. The threshold is the value at
 * position ceil(0.1 × N) of everyone with feedback, best first; ties at the threshold all qualify.
 */
public final class ServiceStars {

    private ServiceStars() {}

    /** The lowest satisfaction that still qualifies, or null when nobody has feedback. */
    public static BigDecimal threshold(Collection<BigDecimal> satisfactions) {
        if (satisfactions.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(satisfactions);
        sorted.sort(Comparator.reverseOrder());
        int position = (sorted.size() + 9) / 10;
        return sorted.get(position - 1);
    }
}
