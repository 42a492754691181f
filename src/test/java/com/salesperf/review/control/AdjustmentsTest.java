package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentsTest {

    private static final RepFigures COMPUTED =
            new RepFigures(
                    1,
                    "S001",
                    "张伟",
                    "EAST",
                    "EAST-1",
                    true,
                    new BigDecimal("0.9500"),
                    new BigDecimal("78.5000"),
                    "B",
                    "STANDARD",
                    new BigDecimal("12000.00"),
                    "CNY",
                    List.of(),
                    "hash");

    private static AdjustmentRow change(long id, AdjustableFigure field, String from, String to) {
        return new AdjustmentRow(
                id, 50, 1, field, from, to, "reason", "mgr.east", Instant.EPOCH, 1, null, null);
    }

    @Test
    void theNewestValueOfEachFigureCountsAndTheComputedOnesStayOtherwise() {
        RepFigures effective =
                EffectiveFigures.apply(
                        COMPUTED,
                        List.of(
                                change(1, AdjustableFigure.BONUS, "12000.00", "13000.00"),
                                change(2, AdjustableFigure.GRADE, "B", "A"),
                                change(3, AdjustableFigure.BONUS, "13000.00", "12500.00")));
        assertThat(effective.bonus()).isEqualByComparingTo("12500.00");
        assertThat(effective.grade()).isEqualTo("A");
        assertThat(effective.totalScore()).isEqualByComparingTo("78.5");
        assertThat(effective.resultHash()).isEqualTo("hash");
        assertThat(
                        EffectiveFigures.latest(
                                        List.of(
                                                change(1, AdjustableFigure.BONUS, "a", "1"),
                                                change(2, AdjustableFigure.BONUS, "1", "2")),
                                        AdjustableFigure.BONUS)
                                .id())
                .isEqualTo(2);
    }

    @Test
    void newValuesAreCheckedPerFigure() {
        assertThat(AdjustableFigure.GRADE.normalise(" A ")).contains("A");
        assertThat(AdjustableFigure.GRADE.normalise("E")).isEmpty();
        assertThat(AdjustableFigure.BONUS.normalise("12000.5")).contains("12000.5");
        assertThat(AdjustableFigure.BONUS.normalise("-1")).isEmpty();
        assertThat(AdjustableFigure.BONUS.normalise("1.001")).isEmpty();
        assertThat(AdjustableFigure.QUALITATIVE_SCORE.normalise("101")).isEmpty();
        assertThat(AdjustableFigure.QUALITATIVE_SCORE.normalise("85")).contains("85");
        assertThat(AdjustableFigure.TIER.normalise("TARGET_MET")).contains("TARGET_MET");
        assertThat(AdjustableFigure.TIER.normalise("=cmd")).isEmpty();
        assertThat(AdjustableFigure.TOTAL_SCORE.normalise("abc")).isEmpty();
    }

    @Test
    void theOriginalValueComesFromTheStoredResult() {
        assertThat(AdjustableFigure.BONUS.valueIn(COMPUTED)).contains("12000.00");
        assertThat(AdjustableFigure.TIER.valueIn(COMPUTED)).contains("STANDARD");
        assertThat(AdjustableFigure.QUALITATIVE_SCORE.valueIn(COMPUTED)).isEmpty();
    }

    @Test
    void aResultBelongsToATeamOrRegionPackageByItsStoredCodes() {
        assertThat(ScopeMatch.contains(new ResultScope(ResultScope.Level.TEAM, "EAST-1"), COMPUTED))
                .isTrue();
        assertThat(
                        ScopeMatch.contains(
                                new ResultScope(ResultScope.Level.REGION, "NORTH"), COMPUTED))
                .isFalse();
        assertThat(ScopeMatch.contains(ResultScope.company(), COMPUTED)).isTrue();
    }
}
