package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** round(x, n): half-up, the rounding people expect on a report. n is a literal 0-10. */
record Rounding(Node operand, int decimals, int position) implements Node {

    static final int MAX_DECIMALS = 10;

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        return operand.number(measures).setScale(decimals, RoundingMode.HALF_UP);
    }
}
