package com.salesperf.scheme.formula;

/**
 * A division whose divisor evaluated to zero. The sign of the numerator lets the engine apply a
 * growth-rate rule: something over nothing (positive), nothing over nothing (zero), a loss over
 * nothing (negative).
 */
public final class DivisionByZero extends FormulaSignal {

    private final int numeratorSign;

    DivisionByZero(int numeratorSign, int position) {
        super("division by zero at column " + position, position);
        this.numeratorSign = numeratorSign;
    }

    /** -1, 0 or 1. */
    public int numeratorSign() {
        return numeratorSign;
    }
}
