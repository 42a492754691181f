package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

record AbsoluteValue(Node operand, int position) implements Node {

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        return operand.number(measures).abs();
    }
}
