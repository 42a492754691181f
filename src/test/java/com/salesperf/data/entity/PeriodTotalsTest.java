package com.salesperf.data.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A confirmation holds while the figures are equal by value, not by scale. */
class PeriodTotalsTest {

    @Test
    void totalsAreEqualByValue() {
        assertThat(new PeriodTotals(new BigDecimal("100.5"), 2, null, 0))
                .isEqualTo(new PeriodTotals(new BigDecimal("100.50"), 2, BigDecimal.ZERO, 0));
    }

    @Test
    void aChangedAmountOrCountIsADifference() {
        PeriodTotals confirmed = new PeriodTotals(new BigDecimal("100.00"), 2, BigDecimal.TEN, 1);
        assertThat(confirmed)
                .isNotEqualTo(new PeriodTotals(new BigDecimal("100.01"), 2, BigDecimal.TEN, 1))
                .isNotEqualTo(new PeriodTotals(new BigDecimal("100.00"), 3, BigDecimal.TEN, 1))
                .isNotEqualTo(new PeriodTotals(new BigDecimal("100.00"), 2, BigDecimal.ONE, 1));
    }
}
