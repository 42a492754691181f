package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

/** and / or, short-circuiting like in most languages: the right side may not be evaluated. */
record Logical(Operator operator, Node left, Node right, int position) implements Node {

    enum Operator {
        AND("and"),
        OR("or");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    @Override
    public ValueType type() {
        return ValueType.BOOLEAN;
    }

    @Override
    public boolean truth(Map<String, BigDecimal> measures) {
        boolean first = left.truth(measures);
        if (operator == Operator.AND) {
            return first && right.truth(measures);
        }
        return first || right.truth(measures);
    }
}
