package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

/** Compares two numbers (by value: 1.0 equals 1.00) or, for == and !=, two conditions. */
record Comparison(Operator operator, Node left, Node right, int position) implements Node {

    enum Operator {
        LESS("<"),
        LESS_EQUAL("<="),
        GREATER(">"),
        GREATER_EQUAL(">="),
        EQUAL("=="),
        NOT_EQUAL("!=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean isEquality() {
            return this == EQUAL || this == NOT_EQUAL;
        }
    }

    @Override
    public ValueType type() {
        return ValueType.BOOLEAN;
    }

    @Override
    public boolean truth(Map<String, BigDecimal> measures) {
        int order =
                left.type() == ValueType.BOOLEAN
                        ? compareTruths(measures)
                        : compareNumbers(measures);
        return switch (operator) {
            case LESS -> order < 0;
            case LESS_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_EQUAL -> order >= 0;
            case EQUAL -> order == 0;
            case NOT_EQUAL -> order != 0;
        };
    }

    private int compareNumbers(Map<String, BigDecimal> measures) {
        return left.number(measures).compareTo(right.number(measures));
    }

    private int compareTruths(Map<String, BigDecimal> measures) {
        return Boolean.compare(left.truth(measures), right.truth(measures));
    }
}
