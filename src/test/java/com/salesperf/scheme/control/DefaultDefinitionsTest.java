package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultDefinitionsTest {

    @Test
    void quarterlySchemeReportsExactlyTheAdvisoryWarningAndTheAdministratorsBand() {
        List<ValidationMessage> messages = SchemeValidator.validate(DefaultSchemes.quarterly());
        assertThat(messages)
                .extracting(ValidationMessage::code)
                .containsExactly("QUANT_SHARE_OUTSIDE_ADVICE", "BAND_ADMIN_CHOICE");
        assertThat(messages.get(0).params()).containsEntry("share", "85");
        assertThat(messages.get(1).indicatorCode()).isEqualTo("SALES_COMPLETION");
        assertThat(messages.get(1).params())
                .containsEntry("band", "[80, 100)")
                .containsEntry("score", "60");
    }

    @Test
    void quarterlySchemeFollowsTheSourceTable() {
        SchemeDefinition scheme = DefaultSchemes.quarterly();
        assertThat(scheme.code()).isEqualTo("Q-DEFAULT");
        assertThat(scheme.periodType()).isEqualTo(PeriodType.QUARTER);
        assertThat(scheme.indicators())
                .extracting(IndicatorDefinition::code)
                .containsExactly(
                        "SALES_COMPLETION",
                        "NEW_CUSTOMER_GROWTH",
                        "ON_TIME_COLLECTION",
                        "CUSTOMER_SATISFACTION",
                        "PLAN_TIMELINESS",
                        "TEAMWORK");
        assertThat(scheme.indicators())
                .extracting(i -> i.weight().intValue())
                .containsExactly(40, 20, 15, 10, 10, 5);
        assertThat(scheme.indicators())
                .extracting(IndicatorDefinition::kind)
                .containsExactly(
                        Kind.QUANTITATIVE,
                        Kind.QUANTITATIVE,
                        Kind.QUANTITATIVE,
                        Kind.QUANTITATIVE,
                        Kind.QUALITATIVE,
                        Kind.QUALITATIVE);
        assertThat(scheme.indicators().get(1).divisionByZeroRule())
                .isEqualTo(DivisionByZeroRule.TOP_BAND);
        assertThat(scheme.indicators().get(2).divisionByZeroRule())
                .isEqualTo(DivisionByZeroRule.NO_DATA);
        assertThat(scheme.gradeBands())
                .extracting(GradeBand::grade)
                .containsExactly("A", "B", "C", "D");
    }

    @Test
    void monthlyProcessSchemeIsCleanAndWithinTheAdvice() {
        SchemeDefinition scheme = DefaultSchemes.monthlyProcess();
        assertThat(SchemeValidator.validate(scheme)).isEmpty();
        assertThat(scheme.periodType()).isEqualTo(PeriodType.MONTH);
        assertThat(scheme.indicators().get(1).formula()).isEqualTo("visits + calls + demos");
    }

    @Test
    void defaultPlanShowsOnlyTheStandardTierAsAnAdministratorsChoice() {
        List<ValidationMessage> messages = PlanValidator.validate(DefaultPlans.defaultPlan());
        assertThat(messages)
                .extracting(ValidationMessage::code)
                .containsExactly("TIER_ADMIN_CHOICE");
        assertThat(messages.get(0).params())
                .containsEntry("tier", "STANDARD")
                .containsEntry("range", "[80, 100)");
    }

    @Test
    void defaultPlanFollowsTheSourceTable() {
        PlanDefinition plan = DefaultPlans.defaultPlan();
        assertThat(plan.code()).isEqualTo("P-DEFAULT");
        assertThat(plan.currency()).isEqualTo("CNY");
        assertThat(plan.tiers())
                .extracting(TierDefinition::code)
                .containsExactly(
                        "EXCELLENCE", "TARGET_MET", "PROGRESS", "STANDARD", "BASELINE", "NONE");
        assertThat(plan.tiers())
                .extracting(t -> t.coefficient().stripTrailingZeros().toPlainString())
                .containsExactly("2", "1.2", "1", "1", "0.8", "0");
        TierDefinition excellence = plan.tiers().get(0);
        assertThat(excellence.regionTopPercent()).isEqualByComparingTo("5");
        assertThat(plan.tiers().get(2).minImprovementPoints()).isEqualByComparingTo("15");
        assertThat(plan.tiers().get(4).requiresImprovementPlan()).isTrue();
        assertThat(plan.modifiers())
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.measure()).isEqualTo("collectionRate");
                            assertThat(m.factor()).isEqualByComparingTo("0.8");
                        });
        assertThat(plan.commission().rate()).isEqualByComparingTo("0.03");
        assertThat(plan.commission().accelerators()).isEmpty();
    }

    @Test
    void ladderPlanIsValidAndHasTheFinerSteps() {
        PlanDefinition plan = DefaultPlans.ladderPlan();
        assertThat(PlanValidator.validate(plan))
                .extracting(ValidationMessage::code)
                .containsExactly("TIER_ADMIN_CHOICE");
        assertThat(plan.tiers())
                .extracting(t -> t.completionRange().format())
                .startsWith("[120, +inf)", "[110, 120)", "[100, 110)");
    }

    @Test
    void acceleratorPlanRaisesTheRateFrom120() {
        PlanDefinition plan = DefaultPlans.acceleratorPlan();
        assertThat(PlanValidator.validate(plan))
                .extracting(ValidationMessage::code)
                .containsExactly("TIER_ADMIN_CHOICE");
        assertThat(plan.commission().accelerators())
                .containsExactly(new Accelerator(new BigDecimal("120"), new BigDecimal("1.2")));
    }
}
