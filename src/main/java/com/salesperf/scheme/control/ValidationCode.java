package com.salesperf.scheme.control;

import com.salesperf.scheme.control.ValidationMessage.Severity;

/** Stable codes of validation messages, each with its fixed severity. */
public enum ValidationCode {
    // schemes
    SCHEME_NO_INDICATORS(Severity.ERROR),
    DUPLICATE_CODE(Severity.ERROR),
    NEGATIVE_WEIGHT(Severity.ERROR),
    ZERO_WEIGHT(Severity.WARNING),
    WEIGHTS_NOT_100(Severity.ERROR),
    QUANT_SHARE_OUTSIDE_ADVICE(Severity.WARNING),
    FORMULA_ERROR(Severity.ERROR),
    UNKNOWN_MEASURE(Severity.ERROR),
    BAND_NONE(Severity.ERROR),
    BAND_EMPTY(Severity.ERROR),
    BAND_GAP(Severity.ERROR),
    BAND_OVERLAP(Severity.ERROR),
    SCORE_OUT_OF_RANGE(Severity.ERROR),
    BAND_ADMIN_CHOICE(Severity.INFO),
    GRADES_NONE(Severity.ERROR),
    DUPLICATE_GRADE(Severity.ERROR),
    GRADES_NO_FLOOR(Severity.ERROR),
    // plans
    PLAN_NO_TIERS(Severity.ERROR),
    DUPLICATE_TIER_RANK(Severity.ERROR),
    TIER_EMPTY_RANGE(Severity.ERROR),
    TIERS_GAP(Severity.ERROR),
    /**
     * A warning only: the higher-ranked tier wins, so an overlap is resolved, but maybe unintended.
     */
    TIERS_OVERLAP(Severity.WARNING),
    TIER_ADMIN_CHOICE(Severity.INFO),
    NEGATIVE_COEFFICIENT(Severity.ERROR),
    NEGATIVE_IMPROVEMENT(Severity.ERROR),
    TOP_PERCENT_OUT_OF_RANGE(Severity.ERROR),
    NEGATIVE_FACTOR(Severity.ERROR),
    NEGATIVE_RATE(Severity.ERROR),
    DUPLICATE_ACCELERATOR(Severity.ERROR),
    INVALID_CURRENCY(Severity.ERROR),
    NEGATIVE_BUDGET(Severity.ERROR);

    private final Severity severity;

    ValidationCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
