package com.salesperf.scheme.formula;

/** A measure the formula needed has no value (no data) for this rep and period. */
public final class MissingMeasure extends FormulaSignal {

    private final String measure;

    MissingMeasure(String measure, int position) {
        super("no data for measure '" + measure + "' at column " + position, position);
        this.measure = measure;
    }

    public String measure() {
        return measure;
    }
}
