package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.s001;
import static com.salesperf.evaluation.control.Fixtures.s002;
import static com.salesperf.evaluation.control.Fixtures.s003;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC's worked examples for 2023Q3 under the default scheme and plan, figure by figure. */
class WorkedExampleTest {

    private final EvaluationResults results =
            Evaluator.evaluate(
                    DefaultSchemes.quarterly(),
                    DefaultPlans.defaultPlan(),
                    List.of(s001(), s002(), s003()));

    private RepEvaluation result(String employeeNo) {
        return results.find(employeeNo).orElseThrow();
    }

    private static IndicatorScore indicator(RepEvaluation result, String code) {
        return result.score().indicators().stream()
                .filter(i -> i.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void assertIndicator(
            RepEvaluation result, String code, String value, String score, String contribution) {
        IndicatorScore indicator = indicator(result, code);
        assertThat(indicator.value()).as(code + " value").isEqualByComparingTo(value);
        assertThat(indicator.score()).as(code + " score").isEqualByComparingTo(score);
        assertThat(indicator.contribution())
                .as(code + " contribution")
                .isEqualByComparingTo(contribution);
        assertThat(indicator.effectiveWeight())
                .as(code + " weight not rescaled")
                .isEqualByComparingTo(indicator.weight());
    }

    @Test
    void s001IndicatorByIndicator() {
        RepEvaluation s001 = result("S001");
        assertIndicator(s001, "SALES_COMPLETION", "115", "80", "32");
        assertThat(indicator(s001, "SALES_COMPLETION").band().interval().format())
                .isEqualTo("[100, 120)");
        assertIndicator(s001, "NEW_CUSTOMER_GROWTH", "20", "70", "14");
        assertIndicator(s001, "ON_TIME_COLLECTION", "95", "100", "15");
        assertIndicator(s001, "CUSTOMER_SATISFACTION", "4.6", "100", "10");
        assertIndicator(s001, "PLAN_TIMELINESS", "0", "100", "10");
        assertIndicator(s001, "TEAMWORK", "8.5", "80", "4");
    }

    @Test
    void s001TotalGradeTierAndBonus() {
        RepEvaluation s001 = result("S001");
        assertThat(s001.score().totalScore()).isEqualByComparingTo("85");
        assertThat(s001.score().displayTotal()).isEqualTo(new BigDecimal("85.0"));
        assertThat(s001.score().grade()).isEqualTo("B");
        Incentive incentive = s001.incentive();
        assertThat(incentive.tierCode()).isEqualTo("TARGET_MET");
        assertThat(incentive.coefficient()).isEqualByComparingTo("1.2");
        assertThat(incentive.modifierFactor()).isEqualByComparingTo("1.0");
        assertThat(incentive.commission()).isEqualByComparingTo("2250.00");
        assertThat(incentive.bonus()).isEqualTo(new BigDecimal("14250.00"));
        assertThat(incentive.currency()).isEqualTo("CNY");
    }

    @Test
    void s001IsNotTopOfItsRegionSoNotExcellence() {
        RepEvaluation s001 = result("S001");
        assertThat(s001.ranks().region()).isEqualTo(new GroupRank(2, 3));
        assertThat(s001.trace().contains(TraceCode.TIER_QUALIFIED_BY_REGION_TOP)).isFalse();
    }

    @Test
    void s001TraceExplainsEveryFigure() {
        Trace trace = result("S001").trace();
        assertThat(trace.all(TraceCode.MEASURE_VALUE))
                .extracting(e -> e.param("measure"))
                .containsExactly(
                        "actualSales",
                        "targetSales",
                        "newCustomers",
                        "prevNewCustomers",
                        "collectedOnTime",
                        "amountDue",
                        "satisfaction",
                        "lateSubmissions",
                        "teamwork");
        assertThat(trace.first(TraceCode.INDICATOR_VALUE).orElseThrow().params())
                .containsEntry("indicator", "SALES_COMPLETION")
                .containsEntry("formula", "actualSales / targetSales * 100")
                .containsEntry("value", "115");
        assertThat(trace.first(TraceCode.BAND_MATCHED).orElseThrow().params())
                .containsEntry("band", "[100, 120)")
                .containsEntry("score", "80");
        assertThat(trace.all(TraceCode.INDICATOR_SCORED)).hasSize(6);
        assertThat(trace.first(TraceCode.TOTAL_SCORE).orElseThrow().params())
                .containsEntry("total", "85")
                .containsEntry("display", "85.0");
        assertThat(trace.first(TraceCode.MODIFIER_NOT_TRIGGERED).orElseThrow().params())
                .containsEntry("value", "95");
        assertThat(trace.first(TraceCode.COMMISSION).orElseThrow().params())
                .containsEntry("overTarget", "75000")
                .containsEntry("commission", "2250");
        assertThat(trace.first(TraceCode.BONUS).orElseThrow().params())
                .containsEntry("bonus", "14250");
        assertThat(trace.contains(TraceCode.BAND_ADMIN_CHOICE)).isFalse();
    }

    @Test
    void s001DistanceToTheNextBand() {
        DistanceToNextBand distance =
                indicator(result("S001"), "SALES_COMPLETION").distanceToNextBand();
        assertThat(distance.direction()).isEqualTo(DistanceToNextBand.Direction.RISE);
        assertThat(distance.distance()).isEqualByComparingTo("5");
        assertThat(distance.boundary()).isEqualByComparingTo("120");
        assertThat(distance.nextScore()).isEqualByComparingTo("100");
        assertThat(indicator(result("S001"), "ON_TIME_COLLECTION").distanceToNextBand()).isNull();
    }

    @Test
    void s003ExactlyAt120IsTopBandAndExcellence() {
        RepEvaluation s003 = result("S003");
        assertIndicator(s003, "SALES_COMPLETION", "120", "100", "40");
        assertThat(s003.score().totalScore()).isEqualByComparingTo("100");
        assertThat(s003.score().grade()).isEqualTo("A");
        assertThat(s003.incentive().tierCode()).isEqualTo("EXCELLENCE");
        assertThat(
                        s003.trace()
                                .first(TraceCode.TIER_QUALIFIED_BY_COMPLETION)
                                .orElseThrow()
                                .params())
                .containsEntry("tier", "EXCELLENCE")
                .containsEntry("completion", "120");
        assertThat(s003.incentive().commission()).isEqualByComparingTo("3120");
        assertThat(s003.incentive().bonus()).isEqualTo(new BigDecimal("27120.00"));
    }

    @Test
    void s002InTheAdministratorsBandWithLowCollection() {
        RepEvaluation s002 = result("S002");
        assertIndicator(s002, "SALES_COMPLETION", "85", "60", "24");
        assertThat(indicator(s002, "SALES_COMPLETION").band().adminChoice()).isTrue();
        assertThat(s002.trace().first(TraceCode.BAND_ADMIN_CHOICE).orElseThrow().params())
                .containsEntry("indicator", "SALES_COMPLETION")
                .containsEntry("band", "[80, 100)");
        assertIndicator(s002, "ON_TIME_COLLECTION", "88", "50", "7.5");
        assertThat(indicator(s002, "ON_TIME_COLLECTION").band().interval().format())
                .isEqualTo("(-inf, 90)");
        assertThat(s002.score().totalScore()).isEqualByComparingTo("59.5");
        assertThat(s002.score().grade()).isEqualTo("D");
        assertThat(s002.incentive().tierCode()).isEqualTo("STANDARD");
        assertThat(s002.trace().contains(TraceCode.TIER_ADMIN_CHOICE)).isTrue();
        assertThat(
                        s002.trace()
                                .first(TraceCode.TIER_IMPROVEMENT_NO_DATA)
                                .orElseThrow()
                                .param("tier"))
                .isEqualTo("PROGRESS");
        assertThat(s002.incentive().modifierFactor()).isEqualByComparingTo("0.8");
        assertThat(s002.trace().first(TraceCode.MODIFIER_APPLIED).orElseThrow().params())
                .containsEntry("measure", "collectionRate")
                .containsEntry("value", "88")
                .containsEntry("factor", "0.8");
        assertThat(s002.incentive().commission()).isZero();
        assertThat(s002.incentive().bonus()).isEqualTo(new BigDecimal("6400.00"));
    }

    @Test
    void populationOrderAndCost() {
        assertThat(results.results())
                .extracting(RepEvaluation::employeeNo)
                .containsExactly("S003", "S001", "S002");
        assertThat(results.totalBonus()).isEqualByComparingTo("47770.00");
        assertThat(results.withinBudget()).isTrue();
        assertThat(results.scheme().code()).isEqualTo("Q-DEFAULT");
        assertThat(results.plan().code()).isEqualTo("P-DEFAULT");
        assertThat(results.scheme().contentHash()).hasSize(64);
    }
}
