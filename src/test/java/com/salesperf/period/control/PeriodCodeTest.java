package com.salesperf.period.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.period.entity.PeriodType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodCodeTest {

    @ParameterizedTest
    @CsvSource({
        "2023-07, MONTH, 2023-07-01, 2023-07-31",
        "2024-02, MONTH, 2024-02-01, 2024-02-29",
        "2023Q3, QUARTER, 2023-07-01, 2023-09-30",
        "2023Q1, QUARTER, 2023-01-01, 2023-03-31",
        "2023H2, HALF_YEAR, 2023-07-01, 2023-12-31",
        "2023, YEAR, 2023-01-01, 2023-12-31"
    })
    void parsesCanonicalCodesIntoCalendarRanges(
            String code, PeriodType type, LocalDate start, LocalDate end) {
        PeriodCode period = PeriodCode.parse(code);
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period).hasToString(code);
    }

    @Test
    void previousCrossesYearBoundaries() {
        assertThat(PeriodCode.parse("2023Q1").previous()).hasToString("2022Q4");
        assertThat(PeriodCode.parse("2023-01").previous()).hasToString("2022-12");
        assertThat(PeriodCode.parse("2023H1").previous()).hasToString("2022H2");
        assertThat(PeriodCode.parse("2023").previous()).hasToString("2022");
        assertThat(PeriodCode.parse("2022Q4").next()).hasToString("2023Q1");
        assertThat(PeriodCode.parse("2023Q3").yearBefore()).hasToString("2022Q3");
    }

    @Test
    void aQuarterConsistsOfItsThreeMonths() {
        assertThat(PeriodCode.parse("2023Q3").months())
                .extracting(PeriodCode::toString)
                .containsExactly("2023-07", "2023-08", "2023-09");
        assertThat(PeriodCode.parse("2023").months()).hasSize(12);
    }

    @Test
    void findsThePeriodContainingADay() {
        assertThat(PeriodCode.containing(PeriodType.QUARTER, LocalDate.of(2023, 9, 30)))
                .hasToString("2023Q3");
        assertThat(PeriodCode.containing(PeriodType.HALF_YEAR, LocalDate.of(2023, 7, 1)))
                .hasToString("2023H2");
        assertThat(PeriodCode.parse("2023Q3").contains(LocalDate.of(2023, 10, 1))).isFalse();
    }

    @Test
    void refusesMalformedCodesWithTheOffendingText() {
        for (String bad :
                new String[] {"2023Q5", "2023-13", "2023H3", "23Q1", "2023-7", "", "2023 Q1"}) {
            assertThatThrownBy(() -> PeriodCode.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PeriodCode.parse("Q3-2023")).hasMessageContaining("Q3-2023");
    }

    @Test
    void ordersByStartThenLength() {
        assertThat(PeriodCode.parse("2023-07")).isLessThan(PeriodCode.parse("2023Q3"));
        assertThat(PeriodCode.parse("2023Q2")).isLessThan(PeriodCode.parse("2023-07"));
    }
}
