package com.salesperf.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.organization.control.Visibility;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Percentages, changes, completion bands, cell neutralising and the scope condition. */
class AnalyticsArithmeticTest {

    @Test
    void completionOfTheShowcaseRepsMatchesTheSourceTable() {
        Performance s001 = rep(new BigDecimal("500000"), new BigDecimal("575000"));
        Performance s002 = rep(new BigDecimal("480000"), new BigDecimal("408000"));
        assertThat(s001.completion()).isEqualByComparingTo("115.0");
        assertThat(s002.completion()).isEqualByComparingTo("85.0");
        assertThat(s001.gap()).isEqualByComparingTo("0");
        assertThat(s002.gap()).isEqualByComparingTo("72000");
    }

    @Test
    void noTargetMeansNoCompletionRatherThanZero() {
        assertThat(rep(null, new BigDecimal("100")).completion()).isNull();
        assertThat(rep(BigDecimal.ZERO, new BigDecimal("100")).completion()).isNull();
        assertThat(rep(new BigDecimal("100"), null).completion()).isEqualByComparingTo("0");
    }

    @Test
    void changesAreRelativeToThePreviousFigure() {
        assertThat(Percent.change(new BigDecimal("120"), new BigDecimal("100")))
                .isEqualByComparingTo("20.0");
        assertThat(Percent.change(new BigDecimal("95"), new BigDecimal("100")))
                .isEqualByComparingTo("-5.0");
        assertThat(Percent.change(new BigDecimal("95"), null)).isNull();
        assertThat(Percent.change(new BigDecimal("95"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void percentagesRoundHalfUpToOneDecimal() {
        assertThat(Percent.of(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Percent.of(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Percent.of(1, 0)).isNull();
    }

    @Test
    void bucketEdgesBelongToTheUpperBand() {
        assertThat(CompletionBucket.of(new BigDecimal("59.99")))
                .isEqualTo(CompletionBucket.BELOW_60);
        assertThat(CompletionBucket.of(new BigDecimal("60"))).isEqualTo(CompletionBucket.FROM_60);
        assertThat(CompletionBucket.of(new BigDecimal("100"))).isEqualTo(CompletionBucket.FROM_100);
        assertThat(CompletionBucket.of(new BigDecimal("120"))).isEqualTo(CompletionBucket.FROM_120);
        assertThat(CompletionBucket.FROM_80.sqlCondition("a", "t"))
                .isEqualTo("a * 100 >= 80 * t AND a * 100 < 100 * t");
    }

    @Test
    void theScopeConditionListsTheVisibleUnitsAndTheOwnRecord() {
        assertThat(ScopeSql.on("e", Visibility.all())).isEqualTo("1 = 1");
        assertThat(ScopeSql.on("e", new Visibility(false, Set.of(7L, 3L), 42L)))
                .isEqualTo("(e.org_unit_id IN (3, 7) OR e.id = 42)");
        assertThat(ScopeSql.on("e", new Visibility(false, Set.of(), 5L)))
                .isEqualTo("(e.org_unit_id IN (-1) OR e.id = 5)");
        assertThat(ScopeSql.onUnit("sc.org_unit_id", new Visibility(false, Set.of(), 5L)))
                .isEqualTo("sc.org_unit_id IN (-1)");
    }

    @Test
    void funnelConversionsCountEveryLaterStageAsReached() {
        FunnelCounts counts =
                new FunnelCounts(
                        Map.of(
                                "LEAD", 65L,
                                "OPPORTUNITY", 3L,
                                "NEGOTIATION", 4L,
                                "WON", 18L,
                                "LOST", 10L),
                        new BigDecimal("28.4"));
        List<FunnelStep> steps = Funnel.steps(counts);
        assertThat(steps)
                .extracting(FunnelStep::code, FunnelStep::from, FunnelStep::to)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("LEAD_TO_OPPORTUNITY", 100L, 35L),
                        org.assertj.core.api.Assertions.tuple(
                                "OPPORTUNITY_TO_NEGOTIATION", 35L, 22L),
                        org.assertj.core.api.Assertions.tuple("NEGOTIATION_TO_WON", 22L, 18L),
                        org.assertj.core.api.Assertions.tuple("LEAD_TO_WON", 100L, 18L));
        assertThat(steps.get(0).rate()).isEqualByComparingTo("35.0");
        assertThat(steps.get(0).belowThreshold()).isFalse();
        assertThat(Funnel.cycleTooLong(counts)).isFalse();
    }

    @Test
    void leadConversionBelowThirtyPercentWarns() {
        FunnelCounts weak = new FunnelCounts(Map.of("LEAD", 74L, "WON", 26L), new BigDecimal("31"));
        FunnelStep leadToOpportunity = Funnel.steps(weak).get(0);
        assertThat(leadToOpportunity.rate()).isEqualByComparingTo("26.0");
        assertThat(leadToOpportunity.belowThreshold()).isTrue();
        assertThat(Funnel.cycleTooLong(weak)).isTrue();
        assertThat(Funnel.steps(new FunnelCounts(Map.of(), null)).get(0).belowThreshold())
                .as("no leads: no rate, no warning")
                .isFalse();
    }

    @Test
    void companyGoalsAreJudgedOnTheRightSide() {
        List<GoalCheck> checks =
                CompanyGoals.check(
                        new GoalFigures(
                                new BigDecimal("95"),
                                new BigDecimal("4.49"),
                                new BigDecimal("82.5"),
                                new BigDecimal("30.1"),
                                new BigDecimal("-5.2")));
        assertThat(checks)
                .extracting(GoalCheck::code, GoalCheck::met)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("COMPLETION", true),
                        org.assertj.core.api.Assertions.tuple("SATISFACTION", false),
                        org.assertj.core.api.Assertions.tuple("TRAINED", true),
                        org.assertj.core.api.Assertions.tuple("CYCLE", false),
                        org.assertj.core.api.Assertions.tuple("SALES_COST", true));
        assertThat(CompanyGoals.check(new GoalFigures(null, null, null, null, null)))
                .extracting(GoalCheck::met)
                .containsOnlyNulls();
    }

    private static Performance rep(BigDecimal target, BigDecimal actual) {
        return new Performance(1, "S001", "张伟", "张伟", 1, target, actual);
    }
}
