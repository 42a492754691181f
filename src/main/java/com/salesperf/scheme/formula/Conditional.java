package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code if(condition, whenTrue, whenFalse)}. Lazy on purpose: only the chosen branch is evaluated,
 * so {@code if(prev > 0, (x - prev) / prev * 100, 0)} never divides by zero and a measure used only
 * in the other branch may be missing.
 */
record Conditional(Node condition, Node whenTrue, Node whenFalse, int position) implements Node {

    @Override
    public ValueType type() {
        return whenTrue.type();
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        return chosen(measures).number(measures);
    }

    @Override
    public boolean truth(Map<String, BigDecimal> measures) {
        return chosen(measures).truth(measures);
    }

    private Node chosen(Map<String, BigDecimal> measures) {
        return condition.truth(measures) ? whenTrue : whenFalse;
    }
}
