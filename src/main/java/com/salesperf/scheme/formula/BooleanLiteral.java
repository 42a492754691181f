package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

record BooleanLiteral(boolean value, int position) implements Node {

    @Override
    public ValueType type() {
        return ValueType.BOOLEAN;
    }

    @Override
    public boolean truth(Map<String, BigDecimal> measures) {
        return value;
    }
}
