package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Multiplies the tier part of the bonus by {@code factor} when {@code measure comparison threshold}
 * holds, e.g. collectionRate &lt; 90 → 0.8. Several modifiers may apply; their factors multiply. A
 * modifier whose measure has no data does not apply.
 */
public record PayoutModifier(
        String measure, Comparison comparison, BigDecimal threshold, BigDecimal factor) {

    public enum Comparison {
        LESS_THAN("<"),
        LESS_OR_EQUAL("<="),
        GREATER_THAN(">"),
        GREATER_OR_EQUAL(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int order) {
            return switch (this) {
                case LESS_THAN -> order < 0;
                case LESS_OR_EQUAL -> order <= 0;
                case GREATER_THAN -> order > 0;
                case GREATER_OR_EQUAL -> order >= 0;
            };
        }
    }

    public PayoutModifier {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(factor, "factor");
    }

    public boolean triggeredBy(BigDecimal value) {
        return comparison.holds(value.compareTo(threshold));
    }
}
