package com.salesperf.presentation.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.SchemeValidator;
import com.salesperf.scheme.control.ValidationCode;
import com.salesperf.scheme.control.ValidationMessage;
import com.salesperf.scheme.formula.FormulaError;
import com.salesperf.scheme.formula.MeasureCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_zh_CN.properties"})
    void everyValidationAndFormulaCodeHasAText(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (ValidationCode code : ValidationCode.values()) {
            if (code != ValidationCode.FORMULA_ERROR) {
                assertThat(texts).containsKey("scheme.validation." + code.name());
            }
        }
        for (FormulaError code : FormulaError.values()) {
            assertThat(texts).containsKey("formula.error." + code.name());
        }
    }

    @Test
    void aGapIsNamedWithItsIntervalInBothLanguages() {
        var draft = SchemeDraft.of(DefaultSchemes.quarterly());
        draft.getIndicators().get(0).getBands().get(1).setLower(new BigDecimal("105"));
        ValidationMessage gap =
                SchemeValidator.validate(draft.toDefinition()).stream()
                        .filter(m -> m.code().equals("BAND_GAP"))
                        .findFirst()
                        .orElseThrow();

        assertThat(DefinitionTexts.of(gap, Locale.ENGLISH))
                .isEqualTo("SALES_COMPLETION: Gap: no band covers [100, 105).");
        assertThat(DefinitionTexts.of(gap, ZH))
                .isEqualTo("SALES_COMPLETION: 缺口：没有区间覆盖 [100, 105)。");
    }

    @Test
    void theQuantitativeShareAdviceShowsTheShare() {
        ValidationMessage advice =
                SchemeValidator.validate(DefaultSchemes.quarterly()).stream()
                        .filter(m -> m.code().equals("QUANT_SHARE_OUTSIDE_ADVICE"))
                        .findFirst()
                        .orElseThrow();

        assertThat(DefinitionTexts.of(advice, Locale.ENGLISH))
                .isEqualTo("Quantitative indicators carry 85 % of the weight; 70-80 % is advised.");
        assertThat(DefinitionTexts.of(advice, ZH)).isEqualTo("定量指标占权重的 85%，建议为 70-80%。");
    }

    @Test
    void aFormulaProblemGivesTheOneBasedColumnAndTheReason() {
        String formula = "actualSales / targetSale * 100";

        assertThat(
                        DefinitionTexts.formulaProblem(
                                formula, MeasureCatalogue.names(), Locale.ENGLISH))
                .isEqualTo("Formula error at column 15: unknown measure \"targetSale\".");
        assertThat(DefinitionTexts.formulaProblem(formula, MeasureCatalogue.names(), ZH))
                .isEqualTo("公式第 15 列有误： 未知的度量“targetSale”。");
        assertThat(DefinitionTexts.formulaProblem("actualSales +", MeasureCatalogue.names(), ZH))
                .startsWith("公式第 14 列有误：");
        assertThat(
                        DefinitionTexts.formulaProblem(
                                "actualSales / targetSales * 100",
                                MeasureCatalogue.names(),
                                Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void aFormulaErrorInTheSchemeIsExplainedLikeTheCheckButtonDoes() {
        var draft = SchemeDraft.of(DefaultSchemes.quarterly());
        draft.getIndicators().get(0).setFormula("actualSales / (targetSales");
        ValidationMessage error =
                SchemeValidator.validate(draft.toDefinition()).stream()
                        .filter(m -> m.code().equals("FORMULA_ERROR"))
                        .findFirst()
                        .orElseThrow();

        assertThat(DefinitionTexts.of(error, Locale.ENGLISH))
                .startsWith("SALES_COMPLETION: Formula error at column 27: unexpected");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                DefinitionTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
