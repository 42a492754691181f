package com.salesperf.alert.entity;

/** The figures of a stored evaluation result a threshold rule can watch. */
public enum ResultMeasure {
    /** Sales completion in percent. */
    COMPLETION,
    /** The total score of the scheme (0–100 for the shipped schemes). */
    TOTAL_SCORE
}
