package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.SchemeValidatorTest.band;
import static com.salesperf.scheme.control.SchemeValidatorTest.d;
import static com.salesperf.scheme.control.SchemeValidatorTest.indicator;
import static com.salesperf.scheme.control.SchemeValidatorTest.quant;
import static com.salesperf.scheme.control.SchemeValidatorTest.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A safety net: every code the user interface must translate really is produced somewhere. */
class ValidationCodeCoverageTest {

    @Test
    void everyValidationCodeIsProducedByTheseBrokenDefinitions() {
        Set<String> produced = new TreeSet<>();
        brokenSchemes()
                .forEach(s -> SchemeValidator.validate(s).forEach(m -> produced.add(m.code())));
        brokenPlans().forEach(p -> PlanValidator.validate(p).forEach(m -> produced.add(m.code())));
        assertThat(produced)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(ValidationCode.values()).map(Enum::name).toList());
    }

    @Test
    void everyMessageCarriesTheSeverityOfItsCode() {
        List<ValidationMessage> all = new ArrayList<>();
        brokenSchemes().forEach(s -> all.addAll(SchemeValidator.validate(s)));
        brokenPlans().forEach(p -> all.addAll(PlanValidator.validate(p)));
        assertThat(all)
                .allSatisfy(
                        m ->
                                assertThat(m.severity())
                                        .isEqualTo(ValidationCode.valueOf(m.code()).severity()));
        assertThat(all).allSatisfy(m -> assertThat(m.englishText()).isNotBlank());
    }

    private static List<SchemeDefinition> brokenSchemes() {
        List<Band> messy =
                List.of(
                        band("100", null, "120"),
                        new Band(d("50"), true, d("100"), true, d("80"), true, "chosen"),
                        band(null, "40", "0"),
                        band("7", "7", "1"));
        return List.of(
                scheme(),
                scheme(
                        List.of(new GradeBand("A", d("90")), new GradeBand("A", d("50"))),
                        quant("X", "-5"),
                        quant("X", "0"),
                        indicator("F", "10", Kind.QUANTITATIVE, "actualSales +", messy),
                        indicator("U", "10", Kind.QUANTITATIVE, "bogus", List.of())),
                scheme(List.of()));
    }

    private static List<PlanDefinition> brokenPlans() {
        List<TierDefinition> tiers =
                List.of(
                        new TierDefinition(
                                "A", "", "", 1, d("100"), d("90"), d("-1"), d("0"), d("-1"), "", "",
                                false, true),
                        new TierDefinition(
                                "A", "", "", 1, d("50"), d("95"), null, null, d("1"), "", "", false,
                                false),
                        new TierDefinition(
                                "B", "", "", 2, d("60"), d("70"), null, null, d("1"), "", "", false,
                                false));
        CommissionRule commission =
                new CommissionRule(
                        d("-1"),
                        List.of(
                                new Accelerator(d("120"), d("1")),
                                new Accelerator(d("120"), d("1"))));
        PayoutModifier modifier =
                new PayoutModifier("bogus", PayoutModifier.Comparison.LESS_THAN, d("1"), d("-1"));
        return List.of(
                new PlanDefinition(
                        "P", 1, "", "", "RMB", tiers, List.of(modifier), commission, d("-1")),
                new PlanDefinition("Q", 1, "", "", "CNY", List.of(), List.of(), null, null));
    }
}
