package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.IndicatorDefinition.Category;
import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import com.salesperf.scheme.control.ValidationMessage.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeValidatorTest {

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Band band(String lower, String upper, String score) {
        return Band.of(d(lower), d(upper), d(score));
    }

    static final List<Band> WHOLE_LINE = List.of(band("50", null, "100"), band(null, "50", "0"));

    static IndicatorDefinition indicator(
            String code, String weight, Kind kind, String formula, List<Band> bands) {
        return new IndicatorDefinition(
                code,
                code,
                code,
                Category.RESULT,
                kind,
                "",
                formula,
                "%",
                d(weight),
                bands,
                null,
                null);
    }

    static IndicatorDefinition quant(String code, String weight) {
        return indicator(code, weight, Kind.QUANTITATIVE, "actualSales", WHOLE_LINE);
    }

    static IndicatorDefinition qual(String code, String weight) {
        return indicator(code, weight, Kind.QUALITATIVE, "teamwork", WHOLE_LINE);
    }

    static SchemeDefinition scheme(IndicatorDefinition... indicators) {
        return scheme(DefaultSchemes.defaultGrades(), indicators);
    }

    static SchemeDefinition scheme(List<GradeBand> grades, IndicatorDefinition... indicators) {
        return new SchemeDefinition(
                "S", 1, "", "", PeriodType.QUARTER, List.of(indicators), grades);
    }

    static List<ValidationMessage> validate(SchemeDefinition scheme) {
        return SchemeValidator.validate(scheme);
    }

    static List<String> codes(List<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::code).toList();
    }

    static ValidationMessage only(List<ValidationMessage> messages, ValidationCode code) {
        List<ValidationMessage> matching =
                messages.stream().filter(m -> m.code().equals(code.name())).toList();
        assertThat(matching).as("messages with code %s in %s", code, messages).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aSoundSchemeHasNoMessages() {
        assertThat(validate(scheme(quant("A", "75"), qual("B", "25")))).isEmpty();
    }

    @Test
    void schemeWithoutIndicators() {
        ValidationMessage message = only(validate(scheme()), ValidationCode.SCHEME_NO_INDICATORS);
        assertThat(message.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void duplicateIndicatorCode() {
        ValidationMessage message =
                only(
                        validate(scheme(quant("A", "40"), quant("A", "35"), qual("B", "25"))),
                        ValidationCode.DUPLICATE_CODE);
        assertThat(message.indicatorCode()).isEqualTo("A");
        assertThat(message.params()).containsEntry("code", "A");
    }

    @Test
    void weightsMustAddUpToExactly100() {
        ValidationMessage message =
                only(
                        validate(scheme(quant("A", "75"), qual("B", "24.5"))),
                        ValidationCode.WEIGHTS_NOT_100);
        assertThat(message.params()).containsEntry("sum", "99.5");
        assertThat(message.englishText()).isEqualTo("Weights add up to 99.5 %, not 100 %");
        assertThat(message.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void weightsWrittenWithDecimalsStillAddUp() {
        assertThat(codes(validate(scheme(quant("A", "75.00"), qual("B", "25.0"))))).isEmpty();
    }

    @Test
    void negativeWeight() {
        ValidationMessage message =
                only(
                        validate(scheme(quant("A", "110"), qual("B", "-10"))),
                        ValidationCode.NEGATIVE_WEIGHT);
        assertThat(message.indicatorCode()).isEqualTo("B");
        assertThat(message.params()).containsEntry("weight", "-10");
    }

    @Test
    void zeroWeightIsAWarning() {
        ValidationMessage message =
                only(
                        validate(scheme(quant("A", "75"), qual("B", "25"), qual("C", "0"))),
                        ValidationCode.ZERO_WEIGHT);
        assertThat(message.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void quantitativeShareOutsideAdviceIsAWarningWithTheShare() {
        ValidationMessage message =
                only(
                        validate(scheme(quant("A", "85"), qual("B", "15"))),
                        ValidationCode.QUANT_SHARE_OUTSIDE_ADVICE);
        assertThat(message.severity()).isEqualTo(Severity.WARNING);
        assertThat(message.params())
                .containsEntry("share", "85")
                .containsEntry("adviceMin", "70")
                .containsEntry("adviceMax", "80");
        assertThat(codes(validate(scheme(quant("A", "65"), qual("B", "35")))))
                .containsExactly("QUANT_SHARE_OUTSIDE_ADVICE");
    }

    @Test
    void quantitativeShareAtTheAdviceLimitsIsFine() {
        assertThat(validate(scheme(quant("A", "70"), qual("B", "30")))).isEmpty();
        assertThat(validate(scheme(quant("A", "80"), qual("B", "20")))).isEmpty();
    }

    @Test
    void formulaSyntaxErrorWithPosition() {
        IndicatorDefinition broken =
                indicator("A", "75", Kind.QUANTITATIVE, "actualSales / ", WHOLE_LINE);
        ValidationMessage message =
                only(validate(scheme(broken, qual("B", "25"))), ValidationCode.FORMULA_ERROR);
        assertThat(message.indicatorCode()).isEqualTo("A");
        assertThat(message.params())
                .containsEntry("position", "14")
                .containsEntry("formulaCode", "FORMULA_UNEXPECTED_TOKEN");
    }

    @Test
    void conditionFormulaCannotBeAnIndicatorValue() {
        IndicatorDefinition condition =
                indicator("A", "75", Kind.QUANTITATIVE, "actualSales > 5", WHOLE_LINE);
        ValidationMessage message =
                only(validate(scheme(condition, qual("B", "25"))), ValidationCode.FORMULA_ERROR);
        assertThat(message.params()).containsEntry("formulaCode", "FORMULA_WRONG_RESULT_TYPE");
    }

    @Test
    void sandboxEscapesAreFormulaErrors() {
        IndicatorDefinition hostile =
                indicator(
                        "A",
                        "75",
                        Kind.QUANTITATIVE,
                        "T(java.lang.Runtime).getRuntime()",
                        WHOLE_LINE);
        ValidationMessage message =
                only(validate(scheme(hostile, qual("B", "25"))), ValidationCode.FORMULA_ERROR);
        assertThat(message.params()).containsEntry("formulaCode", "FORMULA_UNKNOWN_FUNCTION");
    }

    @Test
    void unknownMeasureWithPosition() {
        IndicatorDefinition typo =
                indicator(
                        "A",
                        "75",
                        Kind.QUANTITATIVE,
                        "actualSales / tagretSales * 100",
                        WHOLE_LINE);
        ValidationMessage message =
                only(validate(scheme(typo, qual("B", "25"))), ValidationCode.UNKNOWN_MEASURE);
        assertThat(message.params())
                .containsEntry("measure", "tagretSales")
                .containsEntry("position", "14");
    }

    @Test
    void indicatorWithoutBands() {
        IndicatorDefinition bare =
                indicator("A", "75", Kind.QUANTITATIVE, "actualSales", List.of());
        assertThat(
                        only(validate(scheme(bare, qual("B", "25"))), ValidationCode.BAND_NONE)
                                .indicatorCode())
                .isEqualTo("A");
    }

    @Test
    void gapBetweenBandsIsNamed() {
        List<Band> bands = List.of(band("100", null, "100"), band(null, "80", "40"));
        ValidationMessage message =
                only(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))),
                        ValidationCode.BAND_GAP);
        assertThat(message.params()).containsEntry("interval", "[80, 100)");
        assertThat(message.englishText()).isEqualTo("No band covers [80, 100)");
    }

    @Test
    void overlapAtAClosedBoundIsNamed() {
        List<Band> bands =
                List.of(
                        band("120", null, "100"),
                        new Band(d("100"), true, d("120"), true, d("80"), false, ""),
                        band(null, "100", "40"));
        ValidationMessage message =
                only(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))),
                        ValidationCode.BAND_OVERLAP);
        assertThat(message.params())
                .containsEntry("interval", "[120, 120]")
                .containsEntry("bands", "[120, +inf) and [100, 120]");
    }

    @Test
    void touchingBandsAreFine() {
        List<Band> bands =
                List.of(
                        band("120", null, "100"),
                        band("100", "120", "80"),
                        band(null, "100", "40"));
        assertThat(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))))
                .isEmpty();
    }

    @Test
    void emptyBand() {
        List<Band> bands = new ArrayList<>(WHOLE_LINE);
        bands.add(band("7", "7", "10"));
        ValidationMessage message =
                only(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))),
                        ValidationCode.BAND_EMPTY);
        assertThat(message.params()).containsEntry("band", "[7, 7)");
    }

    @Test
    void scoreOutsideTheScale() {
        List<Band> bands = List.of(band("50", null, "120"), band(null, "50", "0"));
        ValidationMessage message =
                only(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))),
                        ValidationCode.SCORE_OUT_OF_RANGE);
        assertThat(message.params()).containsEntry("score", "120").containsEntry("where", "band");
    }

    @Test
    void fixedNoDataScoreOutsideTheScale() {
        IndicatorDefinition indicator =
                new IndicatorDefinition(
                        "A",
                        "",
                        "",
                        Category.RESULT,
                        Kind.QUANTITATIVE,
                        "",
                        "actualSales",
                        "",
                        d("75"),
                        WHOLE_LINE,
                        null,
                        NoDataRule.fixedScore(d("-1")));
        ValidationMessage message =
                only(
                        validate(scheme(indicator, qual("B", "25"))),
                        ValidationCode.SCORE_OUT_OF_RANGE);
        assertThat(message.params()).containsEntry("where", "noDataRule");
    }

    @Test
    void administratorsChoiceIsAnInfo() {
        List<Band> bands =
                List.of(band("50", null, "100"), band(null, "50", "0").asAdminChoice("chosen"));
        ValidationMessage message =
                only(
                        validate(
                                scheme(
                                        indicator(
                                                "A", "75", Kind.QUANTITATIVE, "actualSales", bands),
                                        qual("B", "25"))),
                        ValidationCode.BAND_ADMIN_CHOICE);
        assertThat(message.severity()).isEqualTo(Severity.INFO);
        assertThat(message.params())
                .containsEntry("band", "(-inf, 50)")
                .containsEntry("note", "chosen")
                .containsEntry("score", "0");
    }

    @Test
    void noGrades() {
        assertThat(codes(validate(scheme(List.of(), quant("A", "75"), qual("B", "25")))))
                .containsExactly("GRADES_NONE");
    }

    @Test
    void duplicateGrades() {
        List<GradeBand> grades =
                List.of(
                        new GradeBand("A", d("90")),
                        new GradeBand("A", d("80")),
                        new GradeBand("B", d("90")),
                        new GradeBand("D", null));
        assertThat(codes(validate(scheme(grades, quant("A", "75"), qual("B", "25")))))
                .containsExactly("DUPLICATE_GRADE", "DUPLICATE_GRADE");
    }

    @Test
    void twoBottomGradesAreDuplicates() {
        List<GradeBand> grades = List.of(new GradeBand("C", null), new GradeBand("D", null));
        assertThat(codes(validate(scheme(grades, quant("A", "75"), qual("B", "25")))))
                .containsExactly("DUPLICATE_GRADE");
    }

    @Test
    void gradesMustCoverLowTotals() {
        List<GradeBand> grades = List.of(new GradeBand("A", d("90")), new GradeBand("B", d("50")));
        assertThat(codes(validate(scheme(grades, quant("A", "75"), qual("B", "25")))))
                .containsExactly("GRADES_NO_FLOOR");
        List<GradeBand> zeroFloor =
                List.of(new GradeBand("A", d("90")), new GradeBand("B", d("0")));
        assertThat(validate(scheme(zeroFloor, quant("A", "75"), qual("B", "25")))).isEmpty();
    }

    @Test
    void customMeasureSetsAreHonoured() {
        SchemeDefinition scheme =
                scheme(
                        indicator("A", "75", Kind.QUANTITATIVE, "special", WHOLE_LINE),
                        qual("B", "25"));
        assertThat(SchemeValidator.validate(scheme, java.util.Set.of("special", "teamwork")))
                .isEmpty();
    }
}
