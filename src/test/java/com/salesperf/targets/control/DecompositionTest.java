package com.salesperf.targets.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecompositionTest {

    @Test
    void anAnnualTargetFollowsTheQuarterProfile() {
        List<BigDecimal> quarters =
                Decomposition.split(new BigDecimal("2000000"), decimals("30", "20", "25", "25"), 2);
        assertThat(quarters)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("600000.00", "400000.00", "500000.00", "500000.00");
    }

    @Test
    void roundingRemaindersGoWhereTheCutLostMostSoTheSumIsExact() {
        List<BigDecimal> thirds =
                Decomposition.split(new BigDecimal("100"), decimals("1", "1", "1"), 2);
        assertThat(Decomposition.sum(thirds)).isEqualByComparingTo("100");
        assertThat(thirds)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("33.34", "33.33", "33.33");
        List<BigDecimal> counts =
                Decomposition.split(new BigDecimal("10"), decimals("30", "20", "25", "25"), 0);
        assertThat(counts).extracting(BigDecimal::intValue).containsExactly(3, 2, 3, 2);
    }

    @Test
    void wholeNumberTargetsStillAddUp() {
        List<BigDecimal> counts =
                Decomposition.split(new BigDecimal("10"), decimals("30", "20", "25", "25"), 0);
        assertThat(Decomposition.sum(counts)).isEqualByComparingTo("10");
    }

    @Test
    void aRegionSplitsProportionallyToLastYearsSales() {
        Map<String, BigDecimal> history = new LinkedHashMap<>();
        history.put("EAST-1", new BigDecimal("3000000"));
        history.put("EAST-2", new BigDecimal("1000000"));
        history.put("EAST-3", BigDecimal.ZERO);
        history.put("EAST-4", null);
        Map<String, BigDecimal> split = Decomposition.split(new BigDecimal("8000000"), history, 2);
        assertThat(split)
                .containsEntry("EAST-1", new BigDecimal("6000000.00"))
                .containsEntry("EAST-2", new BigDecimal("2000000.00"))
                .containsEntry("EAST-3", new BigDecimal("0.00"))
                .containsEntry("EAST-4", new BigDecimal("0.00"));
    }

    @Test
    void withoutHistoryTheSplitIsEven() {
        assertThat(Decomposition.split(new BigDecimal("90"), decimals("0", "0", "0"), 2))
                .extracting(BigDecimal::intValue)
                .containsExactly(30, 30, 30);
        assertThat(Decomposition.split(new BigDecimal("90"), List.of(), 2)).isEmpty();
    }

    @Test
    void annualToMonthsKeepsEveryQuarterAndTheYearExact() {
        List<BigDecimal> months =
                Decomposition.annualToMonths(
                        new BigDecimal("1000000"), decimals("30", "20", "25", "25"), 2);
        assertThat(months).hasSize(12);
        assertThat(Decomposition.sum(months)).isEqualByComparingTo("1000000");
        assertThat(Decomposition.sum(months.subList(0, 3))).isEqualByComparingTo("300000");
        assertThat(months.get(0)).isEqualByComparingTo("100000");
        assertThat(Decomposition.sum(months.subList(3, 6))).isEqualByComparingTo("200000");
        assertThatThrownBy(
                        () -> Decomposition.annualToMonths(BigDecimal.TEN, decimals("50", "50"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDifferenceOfChildrenAndParentIsShown() {
        assertThat(Decomposition.difference(new BigDecimal("1000"), decimals("400", "500")))
                .isEqualByComparingTo("100");
        assertThat(Decomposition.difference(new BigDecimal("1000"), decimals("400", "600")))
                .isZero();
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
