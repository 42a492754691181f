package com.salesperf.scheme.formula;

/**
 * A formula could not produce a value for a known, expected reason (no data, division by zero).
 * These are outcomes the scoring engine turns into an indicator's rule, not crashes, so they are
 * cheap: no stack trace is captured.
 */
public abstract sealed class FormulaSignal extends RuntimeException
        permits DivisionByZero, MissingMeasure {

    private final int position;

    FormulaSignal(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }

    /** 0-based offset of the operator or measure in the formula text. */
    public int position() {
        return position;
    }
}
