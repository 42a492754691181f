package com.salesperf.evaluation.control;

/** How an indicator got its score (or why it has none). */
public enum IndicatorOutcome {
    /** The formula gave a value and the value's band gave the score. */
    VALUE_BANDED,
    /** Division by zero with a positive numerator under the TOP_BAND rule. */
    DIVIDE_BY_ZERO_TOP_BAND,
    /** Division by zero with a negative numerator under the TOP_BAND rule. */
    DIVIDE_BY_ZERO_BOTTOM_BAND,
    /**
     * Division by zero taken as value 0 (TOP_BAND with zero numerator, or VALUE_ZERO), then banded.
     */
    DIVIDE_BY_ZERO_VALUE_ZERO,
    /** No data; left out and the other weights rescaled. */
    NO_DATA_EXCLUDED,
    /** No data; scored at the bottom band. */
    NO_DATA_BOTTOM_BAND,
    /** No data; scored at the rule's fixed score. */
    NO_DATA_FIXED_SCORE;

    public boolean excluded() {
        return this == NO_DATA_EXCLUDED;
    }
}
