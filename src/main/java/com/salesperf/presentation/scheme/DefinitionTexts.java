package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.ValidationMessage;
import com.salesperf.scheme.formula.Formula;
import com.salesperf.scheme.formula.FormulaException;
import com.salesperf.scheme.formula.FormulaProblem;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Validation and formula messages in the user's language. The validators give a stable code and
 * named parameters; the bundle holds one text per code with {name} placeholders (no MessageFormat,
 * so quotes in texts need no escaping). An unknown code falls back to the validator's English.
 */
public final class DefinitionTexts {

    static final String BUNDLE = "i18n.messages";

    private DefinitionTexts() {}

    /** The message in {@code locale}, prefixed with the indicator's code when it names one. */
    public static String of(ValidationMessage message, Locale locale) {
        String text = body(message, locale);
        return message.indicatorCode() == null ? text : message.indicatorCode() + ": " + text;
    }

    /** What is wrong with a formula, with a 1-based column; empty when the formula is fine. */
    public static String formulaProblem(
            String formula, java.util.Set<String> known, Locale locale) {
        try {
            return Formula.parse(formula).check(known).stream()
                    .findFirst()
                    .map(problem -> of(problem, locale))
                    .orElse("");
        } catch (FormulaException e) {
            return of(e.problem(), locale);
        }
    }

    public static String of(FormulaProblem problem, Locale locale) {
        Map<String, String> params = new HashMap<>(problem.params());
        params.computeIfPresent("expected", (key, value) -> typeName(value, locale));
        params.put("column", Integer.toString(problem.position() + 1));
        String detail = fill(bundleText(locale, "formula.error." + problem.code().name()), params);
        return fill(bundleText(locale, "formula.error.at"), Map.of("column", params.get("column")))
                + " "
                + (detail == null ? problem.message() : detail);
    }

    private static String body(ValidationMessage message, Locale locale) {
        if ("FORMULA_ERROR".equals(message.code())) {
            return formulaError(message, locale);
        }
        String key = "scheme.validation." + message.code();
        if ("noDataRule".equals(message.params().get("where"))) {
            key += ".noDataRule";
        }
        String text = fill(bundleText(locale, key), message.params());
        return text == null ? message.englishText() : text;
    }

    // The validator keeps only the formula text; parsing it again gives the detailed problem.
    private static String formulaError(ValidationMessage message, Locale locale) {
        String formula = message.params().get("formula");
        String text =
                formula == null
                        ? ""
                        : formulaProblem(
                                formula,
                                com.salesperf.scheme.formula.MeasureCatalogue.names(),
                                locale);
        return text.isEmpty() ? message.englishText() : text;
    }

    private static String typeName(String valueType, Locale locale) {
        String text = bundleText(locale, "formula.type." + valueType);
        return text == null ? valueType : text;
    }

    static String fill(String pattern, Map<String, String> params) {
        if (pattern == null) {
            return null;
        }
        String text = pattern;
        for (Map.Entry<String, String> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        return text;
    }

    private static String bundleText(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
