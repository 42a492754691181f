package com.salesperf.scheme.control;

/** What an indicator's value is when its formula divides by zero (e.g. growth over nothing). */
public enum DivisionByZeroRule {
    /**
     * The SPEC default for growth rates: a positive numerator (something over nothing) scores the
     * top band, a zero numerator (nothing over nothing) makes the value 0, a negative numerator
     * scores the bottom band.
     */
    TOP_BAND,
    /** The value is 0, scored through the bands as usual. */
    VALUE_ZERO,
    /** Treated as no data: the indicator's no-data rule applies (e.g. no receivables were due). */
    NO_DATA
}
