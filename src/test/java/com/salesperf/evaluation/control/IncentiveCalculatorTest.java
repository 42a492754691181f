package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.d;
import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static com.salesperf.evaluation.control.Fixtures.withCompletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.scheme.control.CommissionRule;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.TierDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IncentiveCalculatorTest {

    private static final IncentiveCalculator DEFAULT =
            new IncentiveCalculator(DefaultPlans.defaultPlan());
    private static final GroupRank NOT_TOP = new GroupRank(5, 10);

    private static Incentive incentive(String completion, String previous) {
        return DEFAULT.calculate(withCompletion("X", completion, previous), NOT_TOP);
    }

    @ParameterizedTest(name = "{0} % after {1} % -> {2}")
    @CsvSource({
        "105, 85, TARGET_MET",
        "85, 65, PROGRESS",
        "85, 70, PROGRESS",
        "85, 75, STANDARD",
        "85, , STANDARD",
        "79.99, 50, BASELINE",
        "80, 65, PROGRESS",
        "80, 65.01, STANDARD",
        "99.99, 90, STANDARD",
        "99.99, 84.99, PROGRESS",
        "100, 50, TARGET_MET",
        "119.99, 50, TARGET_MET",
        "120, , EXCELLENCE",
        "60, , BASELINE",
        "59.99, , NONE",
        "0, , NONE",
    })
    void highestQualifyingTierWins(String completion, String previous, String tier) {
        assertThat(incentive(completion, previous).tierCode()).isEqualTo(tier);
    }

    @Test
    void progressNeedsAKnownPreviousPeriod() {
        Incentive incentive = incentive("85", null);
        assertThat(
                        incentive
                                .trace()
                                .first(TraceCode.TIER_IMPROVEMENT_NO_DATA)
                                .orElseThrow()
                                .param("tier"))
                .isEqualTo("PROGRESS");
        assertThat(incentive.previousCompletionRate()).isNull();
    }

    @Test
    void previousCompletionFromPreviousSalesAndTarget() {
        RepInput rep =
                rep(
                        "X",
                        "R",
                        "T",
                        "10000",
                        with(
                                s001Measures(),
                                "targetSales",
                                100,
                                "actualSales",
                                85,
                                "prevTargetSales",
                                200,
                                "prevActualSales",
                                130));
        Incentive incentive = DEFAULT.calculate(rep, NOT_TOP);
        assertThat(incentive.previousCompletionRate()).isEqualByComparingTo("65");
        assertThat(incentive.tierCode()).isEqualTo("PROGRESS");
        assertThat(
                        incentive
                                .trace()
                                .first(TraceCode.TIER_QUALIFIED_BY_IMPROVEMENT)
                                .orElseThrow()
                                .params())
                .containsEntry("improvement", "20")
                .containsEntry("required", "15");
    }

    @Test
    void baselineRequiresAnImprovementPlan() {
        Incentive incentive = incentive("70", null);
        assertThat(incentive.requiresImprovementPlan()).isTrue();
        assertThat(incentive.trace().contains(TraceCode.IMPROVEMENT_PLAN_REQUIRED)).isTrue();
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("8000.00"));
    }

    @Test
    void noneTierPaysNothingButCommissionStillCounts() {
        Incentive incentive = incentive("50", null);
        assertThat(incentive.tierCode()).isEqualTo("NONE");
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("0.00"));
    }

    static List<Integer> regionSizes() {
        return IntStream.rangeClosed(1, 21).boxed().toList();
    }

    @ParameterizedTest(name = "region of {0}")
    @MethodSource("regionSizes")
    void topFivePercentOfSmallRegions(int size) {
        int limit = size <= 20 ? 1 : 2;
        assertThat(TierSelection.regionTopLimit(d("5"), size)).isEqualTo(limit);
        assertThat(
                        DEFAULT.calculate(withCompletion("X", "95", null), new GroupRank(1, size))
                                .tierCode())
                .isEqualTo("EXCELLENCE");
        if (size > 1) {
            String second = size >= 21 ? "EXCELLENCE" : "STANDARD";
            assertThat(
                            DEFAULT.calculate(
                                            withCompletion("X", "95", null), new GroupRank(2, size))
                                    .tierCode())
                    .isEqualTo(second);
        }
    }

    @Test
    void regionTopIsTracedWithRankSizeAndLimit() {
        Incentive incentive =
                DEFAULT.calculate(withCompletion("X", "95", null), new GroupRank(2, 21));
        assertThat(
                        incentive
                                .trace()
                                .first(TraceCode.TIER_QUALIFIED_BY_REGION_TOP)
                                .orElseThrow()
                                .params())
                .containsEntry("tier", "EXCELLENCE")
                .containsEntry("rank", "2")
                .containsEntry("size", "21")
                .containsEntry("limit", "2");
    }

    @Test
    void twoRepsTiedAtRankOneBothQualify() {
        RepInput a =
                rep(
                        "A",
                        "SOUTH",
                        "S1",
                        "10000",
                        with(s001Measures(), "targetSales", 100, "actualSales", 90));
        RepInput b =
                rep(
                        "B",
                        "SOUTH",
                        "S1",
                        "10000",
                        with(s001Measures(), "targetSales", 100, "actualSales", 90));
        List<RepInput> region = new java.util.ArrayList<>(List.of(a, b));
        for (int i = 0; i < 8; i++) {
            region.add(
                    rep(
                            "C" + i,
                            "SOUTH",
                            "S1",
                            "10000",
                            with(
                                    s001Measures(),
                                    "targetSales",
                                    100,
                                    "actualSales",
                                    90,
                                    "teamwork",
                                    5)));
        }
        EvaluationResults results =
                Evaluator.evaluate(
                        com.salesperf.scheme.control.DefaultSchemes.quarterly(),
                        DefaultPlans.defaultPlan(),
                        region);
        assertThat(results.find("A").orElseThrow().ranks().region())
                .isEqualTo(new GroupRank(1, 10));
        assertThat(results.find("B").orElseThrow().ranks().region())
                .isEqualTo(new GroupRank(1, 10));
        assertThat(results.find("A").orElseThrow().incentive().tierCode()).isEqualTo("EXCELLENCE");
        assertThat(results.find("B").orElseThrow().incentive().tierCode()).isEqualTo("EXCELLENCE");
        assertThat(results.find("C0").orElseThrow().ranks().region().rank()).isEqualTo(3);
        assertThat(results.find("C0").orElseThrow().incentive().tierCode()).isEqualTo("STANDARD");
    }

    @Test
    void noRegionMeansNoTopOfRegionPath() {
        assertThat(DEFAULT.calculate(withCompletion("X", "95", null), null).tierCode())
                .isEqualTo("STANDARD");
    }

    @Test
    void modifierWithoutDataDoesNotApply() {
        RepInput rep = rep("X", "R", "T", "10000", with(s001Measures(), "collectionRate", null));
        Incentive incentive = DEFAULT.calculate(rep, NOT_TOP);
        assertThat(incentive.modifierFactor()).isEqualByComparingTo("1");
        assertThat(
                        incentive
                                .trace()
                                .first(TraceCode.MODIFIER_NO_DATA)
                                .orElseThrow()
                                .param("measure"))
                .isEqualTo("collectionRate");
    }

    @Test
    void severalModifiersMultiply() {
        List<PayoutModifier> modifiers =
                List.of(
                        new PayoutModifier(
                                "collectionRate",
                                PayoutModifier.Comparison.LESS_THAN,
                                d("90"),
                                d("0.8")),
                        new PayoutModifier(
                                "complianceIncidents",
                                PayoutModifier.Comparison.GREATER_OR_EQUAL,
                                d("1"),
                                d("0.5")));
        PlanDefinition base = DefaultPlans.defaultPlan();
        PlanDefinition plan =
                new PlanDefinition(
                        "P-STRICT",
                        1,
                        "",
                        "",
                        "CNY",
                        base.tiers(),
                        modifiers,
                        base.commission(),
                        null);
        RepInput rep =
                rep(
                        "X",
                        "R",
                        "T",
                        "10000",
                        with(s001Measures(), "collectionRate", 85, "complianceIncidents", 2));
        Incentive incentive = new IncentiveCalculator(plan).calculate(rep, NOT_TOP);
        assertThat(incentive.modifierFactor()).isEqualByComparingTo("0.4");
        assertThat(incentive.trace().all(TraceCode.MODIFIER_APPLIED)).hasSize(2);
        // 10000 x 1.2 x 0.4 + 2250
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("7050.00"));
    }

    @Test
    void modifierThresholdIsExclusiveForLessThan() {
        RepInput rep = rep("X", "R", "T", "10000", with(s001Measures(), "collectionRate", 90));
        assertThat(DEFAULT.calculate(rep, NOT_TOP).modifierFactor()).isEqualByComparingTo("1");
    }

    @Test
    void noCommissionAtOrBelowTarget() {
        Incentive incentive = incentive("100", null);
        assertThat(incentive.commission()).isZero();
        assertThat(incentive.trace().contains(TraceCode.NO_COMMISSION)).isTrue();
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("12000.00"));
    }

    @Test
    void acceleratorRaisesTheRateOnTheWholeOverTargetAmount() {
        IncentiveCalculator accelerated = new IncentiveCalculator(DefaultPlans.acceleratorPlan());
        Incentive at130 = accelerated.calculate(withCompletion("X", "130", null), NOT_TOP);
        // 3 % x 1.2 x 30000 = 1080, on all 30000 over target, not only the 10000 above 120 %
        assertThat(at130.commission()).isEqualByComparingTo("1080");
        assertThat(at130.trace().first(TraceCode.ACCELERATOR_APPLIED).orElseThrow().params())
                .containsEntry("completionFrom", "120")
                .containsEntry("multiplier", "1.2");
        assertThat(at130.bonus()).isEqualTo(new BigDecimal("21080.00"));
        Incentive at119 = accelerated.calculate(withCompletion("X", "119", null), NOT_TOP);
        assertThat(at119.commission()).isEqualByComparingTo("570");
        assertThat(at119.trace().contains(TraceCode.ACCELERATOR_APPLIED)).isFalse();
        Incentive at120 = accelerated.calculate(withCompletion("X", "120", null), NOT_TOP);
        assertThat(at120.commission()).isEqualByComparingTo("720");
    }

    @Test
    void theHighestAcceleratorReachedApplies() {
        PlanDefinition base = DefaultPlans.defaultPlan();
        CommissionRule rule =
                new CommissionRule(
                        d("0.03"),
                        List.of(
                                new com.salesperf.scheme.control.Accelerator(d("150"), d("1.5")),
                                new com.salesperf.scheme.control.Accelerator(d("120"), d("1.2"))));
        PlanDefinition plan =
                new PlanDefinition(
                        "P-2", 1, "", "", "CNY", base.tiers(), base.modifiers(), rule, null);
        Incentive incentive =
                new IncentiveCalculator(plan).calculate(withCompletion("X", "160", null), NOT_TOP);
        assertThat(incentive.commission()).isEqualByComparingTo("2700");
    }

    @ParameterizedTest(name = "ladder: {0} % -> {1} x {2}")
    @CsvSource({
        "100, TARGET_MET, 1.2",
        "109.99, TARGET_MET, 1.2",
        "110, TARGET_EXCEEDED, 1.5",
        "119.99, TARGET_EXCEEDED, 1.5",
        "120, EXCELLENCE, 2.0",
        "95, STANDARD, 1.0",
        "70, BASELINE, 0.8"
    })
    void ladderPlan(String completion, String tier, String coefficient) {
        IncentiveCalculator ladder = new IncentiveCalculator(DefaultPlans.ladderPlan());
        Incentive incentive = ladder.calculate(withCompletion("X", completion, null), NOT_TOP);
        assertThat(incentive.tierCode()).isEqualTo(tier);
        assertThat(incentive.coefficient()).isEqualByComparingTo(coefficient);
    }

    @Test
    void moneyIsRoundedOnceAtTheEnd() {
        // Top of region at 95 % (Excellence, x 2.0) with collection 85 % (x 0.8), no commission:
        // 617.2825 x 2.0 x 0.8 = 987.652 -> 987.65; rounding 1234.565 first would give 987.66.
        RepInput rep =
                rep(
                        "X",
                        "R",
                        "T",
                        "617.2825",
                        with(
                                s001Measures(),
                                "targetSales",
                                100,
                                "actualSales",
                                95,
                                "collectionRate",
                                85));
        Incentive incentive = DEFAULT.calculate(rep, new GroupRank(1, 10));
        assertThat(incentive.tierPart()).isEqualByComparingTo("987.652");
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("987.65"));
        BigDecimal roundedStepByStep =
                new BigDecimal("1234.565")
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .multiply(d("0.8"))
                        .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(roundedStepByStep).isEqualByComparingTo("987.66");
    }

    @Test
    void partsAreNotRoundedSeparately() {
        // 1000.00375 x 1.2 = 1200.0045 and 3 % x 0.15 = 0.0045: each would round down, their sum
        // 1200.009 rounds up.
        RepInput rep =
                rep(
                        "X",
                        "R",
                        "T",
                        "1000.00375",
                        with(s001Measures(), "targetSales", "100000", "actualSales", "100000.15"));
        Incentive incentive = DEFAULT.calculate(rep, NOT_TOP);
        assertThat(incentive.tierCode()).isEqualTo("TARGET_MET");
        assertThat(incentive.tierPart()).isEqualByComparingTo("1200.0045");
        assertThat(incentive.commission()).isEqualByComparingTo("0.0045");
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("1200.01"));
    }

    @Test
    void halfACentRoundsUp() {
        RepInput rep =
                rep(
                        "X",
                        "R",
                        "T",
                        "1000.00625",
                        with(s001Measures(), "targetSales", 100, "actualSales", 100));
        assertThat(DEFAULT.calculate(rep, NOT_TOP).bonus()).isEqualTo(new BigDecimal("1200.01"));
    }

    @Test
    void missingBaseBonusIsTracedAndOnlyCommissionIsPaid() {
        RepInput rep = rep("X", "R", "T", null, s001Measures());
        Incentive incentive = DEFAULT.calculate(rep, NOT_TOP);
        assertThat(incentive.trace().contains(TraceCode.NO_BASE_BONUS)).isTrue();
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("2250.00"));
    }

    @Test
    void aLadderWithAGapIsRefused() {
        PlanDefinition base = DefaultPlans.defaultPlan();
        List<TierDefinition> withoutStandard =
                base.tiers().stream().filter(t -> !t.code().equals("STANDARD")).toList();
        PlanDefinition broken =
                new PlanDefinition(
                        "P-GAP",
                        1,
                        "",
                        "",
                        "CNY",
                        withoutStandard,
                        base.modifiers(),
                        base.commission(),
                        null);
        assertThatThrownBy(() -> new IncentiveCalculator(broken))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("TIERS_GAP");
    }

    @Test
    void noTierQualifyingIsTraced() {
        // Validated plans cannot get here (TIERS_GAP is an error); the selection still copes.
        List<TierDefinition> onlyProgress =
                List.of(
                        new TierDefinition(
                                "UP", "", "", 1, null, null, d("50"), null, d("2"), "", "", false,
                                false));
        List<TraceEntry> trace = new java.util.ArrayList<>();
        assertThat(TierSelection.select(onlyProgress, d("110"), d("100"), NOT_TOP, trace)).isNull();
        assertThat(trace).extracting(TraceEntry::code).containsExactly(TraceCode.NO_TIER_QUALIFIED);
    }

    @Test
    void budgetCheck() {
        PlanDefinition base = DefaultPlans.defaultPlan();
        PlanDefinition tight =
                new PlanDefinition(
                        "P-B",
                        1,
                        "",
                        "",
                        "CNY",
                        base.tiers(),
                        base.modifiers(),
                        base.commission(),
                        d("10000"));
        EvaluationResults results =
                Evaluator.evaluate(
                        com.salesperf.scheme.control.DefaultSchemes.quarterly(),
                        tight,
                        List.of(Fixtures.s001(), Fixtures.s002(), Fixtures.s003()));
        assertThat(results.bonusBudget()).isEqualByComparingTo("10000");
        assertThat(results.withinBudget()).isFalse();
    }
}
