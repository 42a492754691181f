package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * Addition, subtraction and multiplication are exact. Division cannot always be (1 / 3 has no
 * finite decimal form), so it is rounded to {@link MathContext#DECIMAL128}: 34 significant digits,
 * half-even, the IEEE 754 decimal128 format. A fixed, standard precision makes every result
 * reproducible on any JVM, and 34 digits is far more than any score or amount needs.
 */
record Arithmetic(Operator operator, Node left, Node right, int position) implements Node {

    enum Operator {
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    @Override
    public BigDecimal number(Map<String, BigDecimal> measures) {
        BigDecimal a = left.number(measures);
        BigDecimal b = right.number(measures);
        return switch (operator) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> divide(a, b);
        };
    }

    private BigDecimal divide(BigDecimal numerator, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new DivisionByZero(numerator.signum(), position);
        }
        return numerator.divide(divisor, MathContext.DECIMAL128);
    }
}
