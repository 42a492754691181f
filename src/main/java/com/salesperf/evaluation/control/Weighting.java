package com.salesperf.evaluation.control;

import java.math.BigDecimal;

/** Effective weights and contributions once it is known which indicators had data. */
final class Weighting {

    private Weighting() {}

    static boolean isFull(BigDecimal includedWeight) {
        return includedWeight.compareTo(Decimals.HUNDRED) == 0;
    }

    static IndicatorScore apply(RawScore raw, BigDecimal includedWeight) {
        BigDecimal weight = raw.definition().weight();
        BigDecimal effective =
                raw.excluded() ? BigDecimal.ZERO : effectiveWeight(weight, includedWeight);
        BigDecimal contribution =
                raw.excluded() ? BigDecimal.ZERO : raw.score().multiply(effective).movePointLeft(2);
        return new IndicatorScore(
                raw.definition().code(),
                raw.definition().category(),
                raw.definition().kind(),
                raw.definition().formula(),
                raw.measures(),
                raw.value(),
                raw.band(),
                raw.score(),
                weight,
                effective,
                contribution,
                raw.outcome(),
                raw.distanceToNextBand());
    }

    private static BigDecimal effectiveWeight(BigDecimal weight, BigDecimal includedWeight) {
        if (isFull(includedWeight)) {
            return weight;
        }
        return includedWeight.signum() == 0
                ? BigDecimal.ZERO
                : Decimals.percent(weight, includedWeight);
    }
}
