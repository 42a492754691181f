package com.salesperf.alert.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.control.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule arithmetic at its edges. Decisions: a fall of exactly the threshold fires a sales-change
 * rule (−15 % fires "−15 %"); "below baseline" and result thresholds are strict (exactly 60 % is
 * not below 60 %).
 */
class RuleEvaluationTest {

    private static final RuleSpec REGION_QOQ =
            new RuleSpec(
                    1,
                    "REGION-SALES-QOQ",
                    AlertRuleKind.UNIT_SALES_CHANGE,
                    PeriodType.QUARTER,
                    UnitLevel.REGION,
                    null,
                    null,
                    new BigDecimal("-15"),
                    1);
    private static final RuleSpec BELOW_60_TWICE =
            new RuleSpec(
                    2,
                    "REP-BELOW-60-2M",
                    AlertRuleKind.REP_COMPLETION_STREAK,
                    PeriodType.MONTH,
                    null,
                    null,
                    null,
                    new BigDecimal("60"),
                    2);

    @Test
    void aFallOfExactlyTheThresholdFires() {
        assertThat(RuleArithmetic.salesChangeFires(bd("1000"), bd("850"), bd("-15"))).isTrue();
        assertThat(RuleArithmetic.salesChangeFires(bd("1000"), bd("850.01"), bd("-15"))).isFalse();
        assertThat(RuleArithmetic.salesChangeFires(bd("1000"), bd("849.99"), bd("-15"))).isTrue();
    }

    @Test
    void theComparisonIsExactWhereAPercentWouldRound() {
        // 3 → 2.55 is exactly −15 %; 300000001 → 255000000 is −15.0000002 %: both fire;
        // 300000000 → 255000001 is −14.9999997 %, which one decimal would round to −15.0: no hit.
        assertThat(RuleArithmetic.salesChangeFires(bd("3"), bd("2.55"), bd("-15"))).isTrue();
        assertThat(RuleArithmetic.salesChangeFires(bd("300000001"), bd("255000000"), bd("-15")))
                .isTrue();
        assertThat(RuleArithmetic.salesChangeFires(bd("300000000"), bd("255000001"), bd("-15")))
                .isFalse();
    }

    @Test
    void noPreviousSalesMeansNoComparison() {
        assertThat(RuleArithmetic.salesChangeFires(null, bd("10"), bd("-15"))).isFalse();
        assertThat(RuleArithmetic.salesChangeFires(BigDecimal.ZERO, BigDecimal.ZERO, bd("-15")))
                .isFalse();
        // sales that stop altogether are a fall of 100 %
        assertThat(RuleArithmetic.salesChangeFires(bd("500"), null, bd("-15"))).isTrue();
    }

    @Test
    void salesChangeHitsNameTheUnitAndTheRoundedChange() {
        List<AlertHit> hits =
                RuleEvaluator.salesChange(
                        REGION_QOQ,
                        "2022Q3",
                        "2022Q2",
                        List.of(
                                new UnitSales(
                                        2,
                                        "EAST",
                                        "华东区 East China",
                                        bd("28118650.00"),
                                        bd("22977010.00")),
                                new UnitSales(
                                        3,
                                        "NORTH",
                                        "华北区 North China",
                                        bd("18028590.00"),
                                        bd("17466130.00"))));
        assertThat(hits).hasSize(1);
        AlertHit east = hits.get(0);
        assertThat(east.subjectKey()).isEqualTo("EAST");
        assertThat(east.orgUnitId()).isEqualTo(2L);
        assertThat(east.employeeId()).isNull();
        assertThat(east.observed()).isEqualByComparingTo("-18.3");
        assertThat(east.detail())
                .isEqualTo("2022Q2: 28118650.00 → 2022Q3: 22977010.00 (-18.3 % ≤ -15 %)");
    }

    @Test
    void exactlyTheBaselineIsNotBelowIt() {
        List<RepCompletion> atBaseline =
                List.of(month("2023-07", "100", "59.99"), month("2023-08", "100", "60"));
        List<RepCompletion> below =
                List.of(month("2023-07", "100", "59.99"), month("2023-08", "1000", "599.99"));
        assertThat(RuleArithmetic.belowBaselineInEvery(atBaseline, bd("60"), 2)).isFalse();
        assertThat(RuleArithmetic.belowBaselineInEvery(below, bd("60"), 2)).isTrue();
    }

    @Test
    void aStreakNeedsEveryPeriodWithATarget() {
        List<RepCompletion> missingTarget =
                List.of(month("2023-07", null, "10"), month("2023-08", "100", "10"));
        List<RepCompletion> noSales =
                List.of(month("2023-07", "100", null), month("2023-08", "100", null));
        assertThat(RuleArithmetic.belowBaselineInEvery(missingTarget, bd("60"), 2)).isFalse();
        assertThat(RuleArithmetic.belowBaselineInEvery(noSales, bd("60"), 2)).isTrue();
        assertThat(RuleArithmetic.belowBaselineInEvery(noSales.subList(1, 2), bd("60"), 2))
                .isFalse();
    }

    @Test
    void oneGoodPeriodBreaksTheStreak() {
        RepFigures rep =
                new RepFigures(
                        7,
                        "S100",
                        "测试",
                        9L,
                        List.of(month("2023-07", "100", "50"), month("2023-08", "100", "61")),
                        null);
        RepFigures weak =
                new RepFigures(
                        8,
                        "S101",
                        "测试二",
                        9L,
                        List.of(month("2023-07", "200", "100"), month("2023-08", "200", "110")),
                        null);
        List<AlertHit> hits =
                RuleEvaluator.completionStreak(BELOW_60_TWICE, "2023-08", List.of(rep, weak));
        assertThat(hits).extracting(AlertHit::subjectKey).containsExactly("S101");
        assertThat(hits.get(0).employeeId()).isEqualTo(8L);
        assertThat(hits.get(0).observed()).isEqualByComparingTo("55.0");
        assertThat(hits.get(0).detail()).isEqualTo("2023-07: 50.0 %, 2023-08: 55.0 % < 60 %");
    }

    @Test
    void resultThresholdsAreStrictOnBothSides() {
        RuleSpec scoreBelow50 =
                new RuleSpec(
                        3,
                        "LOW-SCORE",
                        AlertRuleKind.REP_RESULT_THRESHOLD,
                        PeriodType.QUARTER,
                        null,
                        ResultMeasure.TOTAL_SCORE,
                        Direction.BELOW,
                        bd("50"),
                        1);
        List<RepFigures> reps =
                List.of(
                        result("S1", "49.99"),
                        result("S2", "50"),
                        result("S3", "50.01"),
                        result("S4", null));
        assertThat(RuleEvaluator.resultThreshold(scoreBelow50, "2023Q3", reps))
                .extracting(AlertHit::subjectKey)
                .containsExactly("S1");
        assertThat(RuleArithmetic.crosses(bd("50.01"), Direction.ABOVE, bd("50"))).isTrue();
        assertThat(RuleArithmetic.crosses(bd("50"), Direction.ABOVE, bd("50"))).isFalse();
    }

    @Test
    void anImportReachesItsOwnFinishedPeriodsAndThoseComparingWithThem() {
        LocalDate today = LocalDate.of(2023, 10, 15);
        assertThat(
                        AffectedPeriods.of(
                                REGION_QOQ,
                                LocalDate.of(2023, 5, 3),
                                LocalDate.of(2023, 8, 1),
                                today))
                .extracting(PeriodCode::toString)
                .containsExactly("2023Q2", "2023Q3");
        // 2023Q4 compares with 2023Q3 but is not over yet
        assertThat(
                        AffectedPeriods.of(
                                REGION_QOQ,
                                LocalDate.of(2023, 9, 30),
                                LocalDate.of(2023, 9, 30),
                                today))
                .extracting(PeriodCode::toString)
                .containsExactly("2023Q3");
        assertThat(
                        AffectedPeriods.of(
                                BELOW_60_TWICE,
                                LocalDate.of(2023, 7, 31),
                                LocalDate.of(2023, 8, 2),
                                today))
                .extracting(PeriodCode::toString)
                .containsExactly("2023-07", "2023-08", "2023-09");
    }

    @Test
    void aRuleOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> RuleEvaluator.completionStreak(REGION_QOQ, "2023Q3", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleInputIsCheckedFieldByField() {
        assertThat(field(input("", "x", AlertRuleKind.UNIT_SALES_CHANGE, "-15", null)))
                .isEqualTo("code");
        assertThat(field(input("bad code!", "x", AlertRuleKind.UNIT_SALES_CHANGE, "-15", null)))
                .isEqualTo("code");
        assertThat(field(input("R1", " ", AlertRuleKind.UNIT_SALES_CHANGE, "-15", null)))
                .isEqualTo("name");
        assertThat(field(input("R1", "x", AlertRuleKind.UNIT_SALES_CHANGE, "15", null)))
                .isEqualTo("threshold");
        assertThat(field(input("R1", "x", AlertRuleKind.UNIT_SALES_CHANGE, "-100.01", null)))
                .isEqualTo("threshold");
        assertThat(field(input("R1", "x", AlertRuleKind.REP_COMPLETION_STREAK, "60", 13)))
                .isEqualTo("periodsInRow");
        assertThat(field(input("R1", "x", AlertRuleKind.REP_COMPLETION_STREAK, "0", 2)))
                .isEqualTo("threshold");
        assertThat(
                        input("r-1", "x", AlertRuleKind.REP_COMPLETION_STREAK, "60", 2)
                                .validated()
                                .code())
                .isEqualTo("R-1");
        assertThat(input("R1", "x", AlertRuleKind.UNIT_SALES_CHANGE, "-100", null).validated())
                .isNotNull();
    }

    @Test
    void aNoteNeedsWhatAndWhyAndKeepsTextAsTyped() {
        assertThatThrownBy(() -> new NoteInput(" ", "why", null, null, null, null).validated())
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("what");
        assertThatThrownBy(() -> new NoteInput("what", null, null, null, null, null).validated())
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("why");
        assertThatThrownBy(
                        () ->
                                new NoteInput("w", "y", "x".repeat(1001), null, null, null)
                                        .validated())
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("where");
        NoteInput note =
                new NoteInput(" <script>alert(1)</script> ", "y", "", null, null, null).validated();
        assertThat(note.what()).isEqualTo("<script>alert(1)</script>");
        assertThat(note.where()).isNull();
    }

    private static String field(AlertRuleInput input) {
        try {
            input.validated();
            return null;
        } catch (InvalidFieldException e) {
            return e.field();
        }
    }

    private static AlertRuleInput input(
            String code, String name, AlertRuleKind kind, String threshold, Integer inRow) {
        return new AlertRuleInput(
                code,
                name,
                kind,
                PeriodType.QUARTER,
                UnitLevel.REGION,
                null,
                null,
                bd(threshold),
                inRow);
    }

    private static RepFigures result(String no, String value) {
        return new RepFigures(
                no.hashCode(), no, no, 1L, List.of(), value == null ? null : bd(value));
    }

    private static RepCompletion month(String code, String target, String actual) {
        return new RepCompletion(
                code, target == null ? null : bd(target), actual == null ? null : bd(actual));
    }

    private static BigDecimal bd(String text) {
        return new BigDecimal(text);
    }
}
