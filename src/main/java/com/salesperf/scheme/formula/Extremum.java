package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** min(...) or max(...) of two or more numbers. */
record Extremum(boolean largest, List<Node> arguments, int position) implements Node {

    Extremum {
        arguments = List.copyOf(arguments);
    }

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        BigDecimal result = arguments.get(0).number(measures);
        for (Node argument : arguments.subList(1, arguments.size())) {
            BigDecimal value = argument.number(measures);
            result = largest ? result.max(value) : result.min(value);
        }
        return result;
    }
}
