package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.d;
import static com.salesperf.evaluation.control.Fixtures.measures;
import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.DivisionByZeroRule;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.IndicatorDefinition.Category;
import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import com.salesperf.scheme.control.NoDataRule;
import com.salesperf.scheme.control.SchemeDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Division by zero and no data: nothing crashes, nothing silently scores 0, the trace says which
 * rule applied.
 */
class ScoringRulesTest {

    private static final SchemeScorer DEFAULT = new SchemeScorer(DefaultSchemes.quarterly());

    private static ScoreCard scoreDefault(Object... changes) {
        return DEFAULT.score(rep("X", "R", "T", "1000", with(s001Measures(), changes)));
    }

    private static IndicatorScore indicator(ScoreCard card, String code) {
        return card.indicators().stream()
                .filter(i -> i.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void growthFromNothingCountsAsTheTopBand() {
        ScoreCard card = scoreDefault("prevNewCustomers", 0, "newCustomers", 4);
        IndicatorScore growth = indicator(card, "NEW_CUSTOMER_GROWTH");
        assertThat(growth.outcome()).isEqualTo(IndicatorOutcome.DIVIDE_BY_ZERO_TOP_BAND);
        assertThat(growth.value()).isNull();
        assertThat(growth.score()).isEqualByComparingTo("100");
        assertThat(growth.band().interval().format()).isEqualTo("[30, +inf)");
        assertThat(growth.distanceToNextBand()).isNull();
        assertThat(card.trace().first(TraceCode.DIVIDE_BY_ZERO_TOP_BAND).orElseThrow().params())
                .containsEntry("indicator", "NEW_CUSTOMER_GROWTH")
                .containsEntry("score", "100");
        assertThat(card.totalScore()).isEqualByComparingTo("91");
    }

    @Test
    void nothingFromNothingIsZeroPercent() {
        ScoreCard card = scoreDefault("prevNewCustomers", 0, "newCustomers", 0);
        IndicatorScore growth = indicator(card, "NEW_CUSTOMER_GROWTH");
        assertThat(growth.outcome()).isEqualTo(IndicatorOutcome.DIVIDE_BY_ZERO_VALUE_ZERO);
        assertThat(growth.value()).isEqualByComparingTo("0");
        assertThat(growth.score()).isEqualByComparingTo("40");
        assertThat(
                        card.trace()
                                .first(TraceCode.DIVIDE_BY_ZERO_VALUE_ZERO)
                                .orElseThrow()
                                .param("numeratorSign"))
                .isEqualTo("0");
    }

    @Test
    void aLossFromNothingIsTheBottomBand() {
        ScoreCard card = scoreDefault("prevNewCustomers", 0, "newCustomers", -1);
        IndicatorScore growth = indicator(card, "NEW_CUSTOMER_GROWTH");
        assertThat(growth.outcome()).isEqualTo(IndicatorOutcome.DIVIDE_BY_ZERO_BOTTOM_BAND);
        assertThat(growth.score()).isEqualByComparingTo("40");
        assertThat(card.trace().contains(TraceCode.DIVIDE_BY_ZERO_BOTTOM_BAND)).isTrue();
    }

    @Test
    void noReceivablesDueIsNoDataAndTheWeightIsRescaled() {
        ScoreCard card = scoreDefault("amountDue", 0, "collectedOnTime", 0);
        IndicatorScore onTime = indicator(card, "ON_TIME_COLLECTION");
        assertThat(onTime.outcome()).isEqualTo(IndicatorOutcome.NO_DATA_EXCLUDED);
        assertThat(onTime.score()).isNull();
        assertThat(onTime.effectiveWeight()).isZero();
        assertThat(onTime.contribution()).isZero();
        assertThat(
                        card.trace()
                                .first(TraceCode.DIVIDE_BY_ZERO_NO_DATA)
                                .orElseThrow()
                                .param("indicator"))
                .isEqualTo("ON_TIME_COLLECTION");
        assertThat(card.trace().first(TraceCode.NO_DATA_EXCLUDED).orElseThrow().params())
                .containsEntry("cause", "DIVISION_BY_ZERO");
        // (32 + 14 + 10 + 10 + 4) / 85 x 100
        assertThat(card.totalScore())
                .isEqualByComparingTo(
                        new BigDecimal("7000")
                                .divide(new BigDecimal("85"), java.math.MathContext.DECIMAL128));
    }

    @Test
    void missingSatisfactionRescalesTheRemaining90PercentTo100() {
        ScoreCard card = scoreDefault("satisfaction", null);
        IndicatorScore satisfaction = indicator(card, "CUSTOMER_SATISFACTION");
        assertThat(satisfaction.outcome()).isEqualTo(IndicatorOutcome.NO_DATA_EXCLUDED);
        assertThat(satisfaction.measures()).containsEntry("satisfaction", null);
        assertThat(card.trace().first(TraceCode.MEASURE_NO_DATA).orElseThrow().param("measure"))
                .isEqualTo("satisfaction");
        assertThat(card.trace().first(TraceCode.NO_DATA_EXCLUDED).orElseThrow().params())
                .containsEntry("indicator", "CUSTOMER_SATISFACTION")
                .containsEntry("measure", "satisfaction")
                .containsEntry("includedWeight", "90")
                .containsEntry("rescaledTo", "100");
        assertThat(card.trace().first(TraceCode.WEIGHTS_RESCALED).orElseThrow().params())
                .containsEntry("excluded", "CUSTOMER_SATISFACTION")
                .containsEntry("includedWeight", "90")
                .containsEntry("rescaledTo", "100");
        IndicatorScore completion = indicator(card, "SALES_COMPLETION");
        assertThat(completion.effectiveWeight())
                .isEqualTo(new BigDecimal("44.44444444444444444444444444444444"));
        // 75 of the remaining 90 weight points: 83.33...
        assertThat(card.totalScore())
                .isEqualTo(new BigDecimal("83.33333333333333333333333333333333"));
        assertThat(card.displayTotal()).isEqualTo(new BigDecimal("83.3"));
        assertThat(card.grade()).isEqualTo("B");
        BigDecimal effectiveWeights =
                card.indicators().stream()
                        .map(IndicatorScore::effectiveWeight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(effectiveWeights)
                .isCloseTo(
                        new BigDecimal("100"),
                        org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
    }

    @Test
    void missingPreviousPeriodIsNoDataNotZeroGrowth() {
        ScoreCard card = scoreDefault("prevNewCustomers", null);
        assertThat(indicator(card, "NEW_CUSTOMER_GROWTH").outcome())
                .isEqualTo(IndicatorOutcome.NO_DATA_EXCLUDED);
        // (32 + 15 + 10 + 10 + 4) of the remaining 80 weight points
        assertThat(card.totalScore()).isEqualByComparingTo("88.75");
    }

    @Test
    void missingActivityScoresTheBottomBandInTheMonthlyScheme() {
        SchemeScorer monthly = new SchemeScorer(DefaultSchemes.monthlyProcess());
        ScoreCard card =
                monthly.score(
                        rep(
                                "X",
                                "R",
                                "T",
                                "1000",
                                with(s001Measures(), "visits", 30, "calls", 25)));
        IndicatorScore activity = indicator(card, "ACTIVITY_COUNT");
        assertThat(activity.outcome()).isEqualTo(IndicatorOutcome.NO_DATA_BOTTOM_BAND);
        assertThat(activity.score()).isEqualByComparingTo("40");
        assertThat(card.trace().first(TraceCode.NO_DATA_BOTTOM_BAND).orElseThrow().params())
                .containsEntry("band", "(-inf, 20)");
        ScoreCard complete =
                monthly.score(
                        rep(
                                "X",
                                "R",
                                "T",
                                "1000",
                                with(s001Measures(), "visits", 30, "calls", 25, "demos", 5)));
        assertThat(indicator(complete, "ACTIVITY_COUNT").score()).isEqualByComparingTo("100");
        assertThat(complete.totalScore()).isEqualByComparingTo("100");
    }

    private static SchemeDefinition oneIndicatorScheme(
            String formula, DivisionByZeroRule divisionRule, NoDataRule noDataRule) {
        List<Band> bands =
                List.of(
                        Band.of(d("10"), null, d("100")),
                        Band.of(d("0"), d("10"), d("60")),
                        Band.of(null, d("0"), d("20")));
        IndicatorDefinition only =
                new IndicatorDefinition(
                        "ONLY",
                        "",
                        "",
                        Category.RESULT,
                        Kind.QUANTITATIVE,
                        "",
                        formula,
                        "",
                        d("75"),
                        bands,
                        divisionRule,
                        noDataRule);
        IndicatorDefinition other =
                new IndicatorDefinition(
                        "OTHER",
                        "",
                        "",
                        Category.MANAGEMENT,
                        Kind.QUALITATIVE,
                        "",
                        "teamwork",
                        "",
                        d("25"),
                        List.of(Band.of(null, null, d("100"))),
                        null,
                        null);
        return new SchemeDefinition(
                "T",
                1,
                "",
                "",
                com.salesperf.scheme.control.PeriodType.QUARTER,
                List.of(only, other),
                DefaultSchemes.defaultGrades());
    }

    private static ScoreCard scoreWith(SchemeDefinition scheme, Map<String, BigDecimal> extra) {
        Map<String, BigDecimal> all =
                with(extra, "targetSales", 1, "actualSales", 1, "teamwork", 8);
        return SchemeScorer.score(scheme, rep("X", "R", "T", "1000", all));
    }

    @Test
    void valueZeroRuleBandsZero() {
        ScoreCard card =
                scoreWith(
                        oneIndicatorScheme("leads / demos", DivisionByZeroRule.VALUE_ZERO, null),
                        measures("leads", 5, "demos", 0));
        IndicatorScore only = indicator(card, "ONLY");
        assertThat(only.outcome()).isEqualTo(IndicatorOutcome.DIVIDE_BY_ZERO_VALUE_ZERO);
        assertThat(only.value()).isEqualByComparingTo("0");
        assertThat(only.score()).isEqualByComparingTo("60");
        assertThat(
                        card.trace()
                                .first(TraceCode.DIVIDE_BY_ZERO_VALUE_ZERO)
                                .orElseThrow()
                                .param("numeratorSign"))
                .isEqualTo("1");
    }

    @Test
    void fixedNoDataScore() {
        ScoreCard card =
                scoreWith(
                        oneIndicatorScheme("leads", null, NoDataRule.fixedScore(d("55"))),
                        measures());
        IndicatorScore only = indicator(card, "ONLY");
        assertThat(only.outcome()).isEqualTo(IndicatorOutcome.NO_DATA_FIXED_SCORE);
        assertThat(only.score()).isEqualByComparingTo("55");
        assertThat(only.band()).isNull();
        assertThat(only.contribution()).isEqualByComparingTo("41.25");
        assertThat(card.trace().first(TraceCode.NO_DATA_FIXED_SCORE).orElseThrow().params())
                .containsEntry("score", "55")
                .containsEntry("measure", "leads");
    }

    @Test
    void divisionByZeroCanBeTreatedAsNoDataWithAFixedScore() {
        ScoreCard card =
                scoreWith(
                        oneIndicatorScheme(
                                "leads / demos",
                                DivisionByZeroRule.NO_DATA,
                                NoDataRule.fixedScore(d("30"))),
                        measures("leads", 1, "demos", 0));
        assertThat(indicator(card, "ONLY").score()).isEqualByComparingTo("30");
        assertThat(card.trace().first(TraceCode.NO_DATA_FIXED_SCORE).orElseThrow().params())
                .containsEntry("cause", "DIVISION_BY_ZERO");
    }

    @Test
    void lazyIfAvoidsTheDivisionAltogether() {
        String guarded = "if(demos > 0, leads / demos * 100, 0)";
        ScoreCard card =
                scoreWith(
                        oneIndicatorScheme(guarded, DivisionByZeroRule.TOP_BAND, null),
                        measures("leads", 5, "demos", 0));
        assertThat(indicator(card, "ONLY").outcome()).isEqualTo(IndicatorOutcome.VALUE_BANDED);
        assertThat(indicator(card, "ONLY").score()).isEqualByComparingTo("60");
    }

    @Test
    void everyIndicatorWithoutDataMakesTheRepNotEvaluable() {
        SchemeDefinition scheme = oneIndicatorScheme("leads", null, null);
        ScoreCard card =
                SchemeScorer.score(
                        scheme,
                        rep("X", "R", "T", "1000", measures("targetSales", 1, "actualSales", 1)));
        assertThat(card.evaluable()).isFalse();
        assertThat(card.notEvaluableReason()).isEqualTo(NotEvaluableReason.NO_SCORABLE_INDICATORS);
        assertThat(card.totalScore()).isNull();
        assertThat(card.indicators()).hasSize(2).allMatch(IndicatorScore::excluded);
        assertThat(card.trace().contains(TraceCode.NOT_EVALUABLE_NO_SCORABLE_INDICATORS)).isTrue();
    }
}
