package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * From {@code completionFrom} percent on, the commission rate is multiplied by {@code
 * rateMultiplier} (1.2 means "+20 %").
 */
public record Accelerator(BigDecimal completionFrom, BigDecimal rateMultiplier) {

    public Accelerator {
        Objects.requireNonNull(completionFrom, "completionFrom");
        Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    }
}
