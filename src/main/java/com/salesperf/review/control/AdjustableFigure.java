package com.salesperf.review.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a result a manager (before submission) or HR (upholding an appeal) may change by
 * hand, with how a new value is checked and where the current one is read.
 */
public enum AdjustableFigure {
    TOTAL_SCORE,
    GRADE,
    TIER,
    BONUS,
    /** The manager's score of a qualitative indicator (0-100), which the run cannot compute. */
    QUALITATIVE_SCORE;

    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    /** The figure's value in the stored result; empty when the result has none. */
    public Optional<String> valueIn(RepFigures figures) {
        Object value =
                switch (this) {
                    case TOTAL_SCORE -> figures.totalScore();
                    case GRADE -> figures.grade();
                    case TIER -> figures.tierCode();
                    case BONUS -> figures.bonus();
                    case QUALITATIVE_SCORE -> null;
                };
        return Optional.ofNullable(value)
                .map(v -> v instanceof BigDecimal d ? d.toPlainString() : v.toString());
    }

    /** The new value in canonical form, or empty when it is not acceptable. */
    public Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        return switch (this) {
            case GRADE -> GRADES.contains(value) ? Optional.of(value) : Optional.empty();
            case TIER -> value.matches("[A-Z_]{1,40}") ? Optional.of(value) : Optional.empty();
            case TOTAL_SCORE, QUALITATIVE_SCORE -> decimal(value, new BigDecimal("100"), 4);
            case BONUS -> decimal(value, new BigDecimal("100000000"), 2);
        };
    }

    private static Optional<String> decimal(String value, BigDecimal max, int scale) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0 || number.compareTo(max) > 0 || number.scale() > scale) {
                return Optional.empty();
            }
            return Optional.of(number.toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
