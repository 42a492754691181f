package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Over-target commission: rate × (multiplier of the highest accelerator reached, else 1) × (actual
 * − target) when actual &gt; target, else 0. The accelerated rate applies to the whole over-target
 * amount, not only to the part above the accelerator's threshold: that is the source's wording
 * ("commission rate +20 % at ≥ 120 %") and keeps the payout explainable in one line.
 *
 * @param rate e.g. 0.03 for 3 %
 */
public record CommissionRule(BigDecimal rate, List<Accelerator> accelerators) {

    public CommissionRule {
        Objects.requireNonNull(rate, "rate");
        accelerators = List.copyOf(accelerators);
    }

    public static CommissionRule none() {
        return new CommissionRule(BigDecimal.ZERO, List.of());
    }
}
