package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionSummaryTest {

    private static RepFigures rep(long id, String grade, String tier, String bonus) {
        return new RepFigures(
                id,
                "S00" + id,
                "rep " + id,
                "EAST",
                "EAST-1",
                grade != null,
                null,
                null,
                grade,
                tier,
                bonus == null ? null : new BigDecimal(bonus),
                "CNY",
                List.of(),
                "h");
    }

    @Test
    void countsGradesAndTiersAndSumsTheBonusAgainstTheBudget() {
        SubmissionSummary summary =
                SubmissionSummary.of(
                        List.of(
                                rep(1, "A", "EXCELLENCE", "30000.00"),
                                rep(2, "B", "TARGET_MET", "12000.50"),
                                rep(3, "B", "TARGET_MET", "12000.50"),
                                rep(4, null, null, null)),
                        List.of(),
                        new BigDecimal("50000"),
                        1);
        assertThat(summary.byGrade())
                .containsEntry("A", 1L)
                .containsEntry("B", 2L)
                .containsEntry("-", 1L);
        assertThat(summary.byTier()).containsEntry("TARGET_MET", 2L);
        assertThat(summary.totalBonus()).isEqualByComparingTo("54001.00");
        assertThat(summary.overBudget()).isTrue();
        assertThat(summary.bonusChange()).isNull();
        assertThat(summary.adjustedReps()).isEqualTo(1);
    }

    @Test
    void listsTheRepsWhoseGradeOrTierMovedSinceThePreviousPeriod() {
        SubmissionSummary summary =
                SubmissionSummary.of(
                        List.of(
                                rep(1, "A", "EXCELLENCE", "30000"),
                                rep(2, "B", "STANDARD", "10000")),
                        List.of(
                                rep(1, "B", "TARGET_MET", "12000"),
                                rep(2, "B", "STANDARD", "9000")),
                        null,
                        0);
        assertThat(summary.moves())
                .singleElement()
                .satisfies(m -> assertThat(m.previousGrade() + ">" + m.grade()).isEqualTo("B>A"));
        assertThat(summary.bonusChange()).isEqualByComparingTo("19000");
        assertThat(summary.overBudget()).isFalse();
    }
}
