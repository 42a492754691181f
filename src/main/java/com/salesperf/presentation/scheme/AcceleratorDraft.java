package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.Accelerator;
import java.io.Serializable;
import java.math.BigDecimal;

/** One commission accelerator in the plan editor. */
public class AcceleratorDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal completionFrom = BigDecimal.valueOf(120);
    private BigDecimal rateMultiplier = BigDecimal.ONE;

    public static AcceleratorDraft of(Accelerator accelerator) {
        AcceleratorDraft draft = new AcceleratorDraft();
        draft.completionFrom = accelerator.completionFrom();
        draft.rateMultiplier = accelerator.rateMultiplier();
        return draft;
    }

    public Accelerator toAccelerator() {
        return new Accelerator(
                completionFrom == null ? BigDecimal.ZERO : completionFrom,
                rateMultiplier == null ? BigDecimal.ONE : rateMultiplier);
    }

    public BigDecimal getCompletionFrom() {
        return completionFrom;
    }

    public void setCompletionFrom(BigDecimal completionFrom) {
        this.completionFrom = completionFrom;
    }

    public BigDecimal getRateMultiplier() {
        return rateMultiplier;
    }

    public void setRateMultiplier(BigDecimal rateMultiplier) {
        this.rateMultiplier = rateMultiplier;
    }
}
