package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PayoutModifier.Comparison;
import java.io.Serializable;
import java.math.BigDecimal;

/** One payout modifier in the plan editor: measure, comparison, threshold, factor. */
public class ModifierDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String measure = "collectionRate";
    private Comparison comparison = Comparison.LESS_THAN;
    private BigDecimal threshold = BigDecimal.ZERO;
    private BigDecimal factor = BigDecimal.ONE;

    public static ModifierDraft of(PayoutModifier modifier) {
        ModifierDraft draft = new ModifierDraft();
        draft.measure = modifier.measure();
        draft.comparison = modifier.comparison();
        draft.threshold = modifier.threshold();
        draft.factor = modifier.factor();
        return draft;
    }

    public PayoutModifier toModifier() {
        return new PayoutModifier(
                measure == null ? "" : measure.trim(),
                comparison,
                threshold == null ? BigDecimal.ZERO : threshold,
                factor == null ? BigDecimal.ONE : factor);
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public void setComparison(Comparison comparison) {
        this.comparison = comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public void setFactor(BigDecimal factor) {
        this.factor = factor;
    }
}
