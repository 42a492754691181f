package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTermTest {

    @Test
    void aTermIsThreeCalendarMonths() {
        assertThat(PlanTerm.endOf(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(PlanTerm.endOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void anExtensionAddsAnotherTermAfterTheEnd() {
        assertThat(PlanTerm.extend(LocalDate.of(2026, 4, 14))).isEqualTo(LocalDate.of(2026, 7, 14));
    }
}
