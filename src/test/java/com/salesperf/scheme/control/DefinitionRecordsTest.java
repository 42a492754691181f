package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionRecordsTest {

    @Test
    void indicatorRulesDefaultToTheSpec() {
        IndicatorDefinition indicator =
                new IndicatorDefinition(
                        "X",
                        "",
                        "",
                        IndicatorDefinition.Category.RESULT,
                        IndicatorDefinition.Kind.QUANTITATIVE,
                        "",
                        "x",
                        "",
                        BigDecimal.TEN,
                        List.of(),
                        null,
                        null);
        assertThat(indicator.divisionByZeroRule()).isEqualTo(DivisionByZeroRule.TOP_BAND);
        assertThat(indicator.noDataRule()).isEqualTo(NoDataRule.EXCLUDE_AND_RESCALE);
    }

    @Test
    void listsAreCopiedSoDefinitionsStayImmutable() {
        List<Band> bands = new ArrayList<>(List.of(Band.of(null, null, BigDecimal.ONE)));
        IndicatorDefinition indicator =
                new IndicatorDefinition(
                        "X",
                        "",
                        "",
                        IndicatorDefinition.Category.RESULT,
                        IndicatorDefinition.Kind.QUANTITATIVE,
                        "",
                        "x",
                        "",
                        BigDecimal.TEN,
                        bands,
                        null,
                        null);
        bands.clear();
        assertThat(indicator.bands()).hasSize(1);
        assertThatThrownBy(() -> indicator.bands().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fixedScoreNeedsAScore() {
        assertThatThrownBy(() -> new NoDataRule(NoDataRule.Action.FIXED_SCORE, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(NoDataRule.fixedScore(BigDecimal.ONE).fixedScore()).isEqualTo(BigDecimal.ONE);
        assertThat(new NoDataRule(NoDataRule.Action.BOTTOM_BAND, BigDecimal.ONE).fixedScore())
                .isNull();
    }

    @Test
    void bandConvenienceIsClosedOpen() {
        Band band = Band.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO);
        assertThat(band.lowerInclusive()).isTrue();
        assertThat(band.upperInclusive()).isFalse();
        assertThat(band.adminChoice()).isFalse();
        assertThat(band.asAdminChoice("why").adminChoice()).isTrue();
        assertThat(band.asAdminChoice("why").note()).isEqualTo("why");
    }

    @Test
    void planDefaults() {
        PlanDefinition plan =
                new PlanDefinition("P", 1, "", "", null, List.of(), List.of(), null, null);
        assertThat(plan.currency()).isEqualTo("CNY");
        assertThat(plan.commission().rate()).isZero();
    }

    @Test
    void payoutModifierComparisons() {
        BigDecimal ninety = BigDecimal.valueOf(90);
        assertThat(modifier(PayoutModifier.Comparison.LESS_THAN).triggeredBy(ninety)).isFalse();
        assertThat(modifier(PayoutModifier.Comparison.LESS_OR_EQUAL).triggeredBy(ninety)).isTrue();
        assertThat(modifier(PayoutModifier.Comparison.GREATER_THAN).triggeredBy(ninety)).isFalse();
        assertThat(modifier(PayoutModifier.Comparison.GREATER_OR_EQUAL).triggeredBy(ninety))
                .isTrue();
        assertThat(
                        modifier(PayoutModifier.Comparison.LESS_THAN)
                                .triggeredBy(new BigDecimal("89.99")))
                .isTrue();
    }

    private static PayoutModifier modifier(PayoutModifier.Comparison comparison) {
        return new PayoutModifier(
                "collectionRate", comparison, new BigDecimal("90.0"), new BigDecimal("0.8"));
    }

    @Test
    void gradeBandFloor() {
        assertThat(new GradeBand("D", null).reachedBy(new BigDecimal("-5"))).isTrue();
        assertThat(new GradeBand("A", BigDecimal.valueOf(90)).reachedBy(new BigDecimal("89.99")))
                .isFalse();
        assertThat(new GradeBand("A", BigDecimal.valueOf(90)).reachedBy(new BigDecimal("90.00")))
                .isTrue();
    }

    @Test
    void invalidDefinitionExceptionListsOnlyErrors() {
        List<ValidationMessage> messages =
                List.of(
                        ValidationMessage.of(ValidationCode.BAND_GAP, "X", "No band covers [1, 2)"),
                        ValidationMessage.of(ValidationCode.BAND_ADMIN_CHOICE, "X", "chosen"));
        assertThatThrownBy(() -> InvalidDefinitionException.requireNoErrors("Scheme S", messages))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("Scheme S is not valid: BAND_GAP X: No band covers [1, 2)")
                .satisfies(e -> assertThat(((InvalidDefinitionException) e).errors()).hasSize(1));
        InvalidDefinitionException.requireNoErrors("fine", List.of(messages.get(1)));
    }
}
