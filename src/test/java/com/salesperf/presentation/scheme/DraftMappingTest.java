package com.salesperf.presentation.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.PlanValidator;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.SchemeValidator;
import com.salesperf.scheme.control.ValidationMessage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DraftMappingTest {

    static List<SchemeDefinition> schemes() {
        return List.of(DefaultSchemes.quarterly(), DefaultSchemes.monthlyProcess());
    }

    static List<PlanDefinition> plans() {
        return List.of(
                DefaultPlans.defaultPlan(),
                DefaultPlans.ladderPlan(),
                DefaultPlans.acceleratorPlan());
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void anUntouchedSchemeDraftGivesBackTheSameDefinition(SchemeDefinition scheme) {
        assertThat(SchemeDraft.of(scheme).toDefinition()).isEqualTo(scheme);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void anUntouchedPlanDraftGivesBackTheSamePlan(PlanDefinition plan) {
        assertThat(PlanDraft.of(plan).toDefinition()).isEqualTo(plan);
    }

    @Test
    void raisingABandsLowerBoundOpensAGapTheValidatorNames() {
        SchemeDraft draft = SchemeDraft.of(DefaultSchemes.quarterly());
        draft.getIndicators().get(0).getBands().get(1).setLower(new BigDecimal("105"));

        List<ValidationMessage> messages = SchemeValidator.validate(draft.toDefinition());

        assertThat(messages)
                .filteredOn(m -> m.code().equals("BAND_GAP"))
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.indicatorCode()).isEqualTo("SALES_COMPLETION");
                            assertThat(m.params()).containsEntry("interval", "[100, 105)");
                        });
        assertThat(StripCell.of(draft.toDefinition().indicators().get(0).bands()))
                .extracting(StripCell::styleClass)
                .contains("strip-gap");
    }

    @Test
    void blanksWhileTypingStillGiveADefinitionTheValidatorCanJudge() {
        SchemeDraft draft = SchemeDraft.of(DefaultSchemes.quarterly());
        draft.getIndicators().get(0).setWeight(null);
        draft.addIndicator();
        draft.getIndicators().get(6).getBands().get(0).setScore(null);

        SchemeDefinition definition = draft.toDefinition();

        assertThat(definition.indicators()).hasSize(7);
        assertThat(SchemeValidator.validate(definition))
                .extracting(ValidationMessage::code)
                .contains("WEIGHTS_NOT_100", "ZERO_WEIGHT");
    }

    @Test
    void weightSumAndQuantitativeShareFollowTheDraft() {
        SchemeDraft draft = SchemeDraft.of(DefaultSchemes.quarterly());

        assertThat(draft.weightSum()).isEqualByComparingTo("100");
        assertThat(draft.quantitativeShare()).isEqualByComparingTo("85.0");

        draft.getIndicators().get(0).setWeight(new BigDecimal("30"));

        assertThat(draft.weightSum()).isEqualByComparingTo("90");
        assertThat(draft.quantitativeShare()).isEqualByComparingTo("83.3");
    }

    @Test
    void fixedNoDataScoreIsKeptOnlyForTheFixedScoreRule() {
        IndicatorDraft indicator = IndicatorDraft.blank("X");
        indicator.setNoDataScore(new BigDecimal("50"));

        assertThat(indicator.toDefinition().noDataRule().fixedScore()).isNull();

        indicator.setNoDataAction(com.salesperf.scheme.control.NoDataRule.Action.FIXED_SCORE);

        assertThat(indicator.toDefinition().noDataRule().fixedScore()).isEqualByComparingTo("50");
    }

    @Test
    void aTierGapInTheEditedPlanIsReported() {
        PlanDraft draft = PlanDraft.of(DefaultPlans.defaultPlan());
        TierDraft first =
                draft.getTiers().stream()
                        .filter(t -> t.getCompletionFrom() != null)
                        .findFirst()
                        .orElseThrow();
        first.setCompletionFrom(first.getCompletionFrom().add(BigDecimal.ONE));

        assertThat(PlanValidator.validate(draft.toDefinition()))
                .extracting(ValidationMessage::code)
                .contains("TIERS_GAP");
    }
}
