package com.salesperf.data.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A period's figures as finance confirms them: the sum and number of sales signed in the period
 * (excluded outliers left out, as in evaluation) and the sum and number of collections received in
 * it. Amounts are kept at 2 decimals so equality is by value.
 */
public record PeriodTotals(
        BigDecimal salesTotal,
        long salesCount,
        BigDecimal collectionsTotal,
        long collectionsCount) {

    public PeriodTotals {
        salesTotal = scaled(salesTotal);
        collectionsTotal = scaled(collectionsTotal);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }
}
