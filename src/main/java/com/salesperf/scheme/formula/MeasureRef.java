package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

/** A measure name; its value comes from the rep's measures, null or absent meaning no data. */
record MeasureRef(String name, int position) implements Node {

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        BigDecimal value = measures.get(name);
        if (value == null) {
            throw new MissingMeasure(name, position);
        }
        return value;
    }
}
