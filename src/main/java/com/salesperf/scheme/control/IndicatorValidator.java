package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.FORMULA_ERROR;
import static com.salesperf.scheme.control.ValidationCode.SCORE_OUT_OF_RANGE;
import static com.salesperf.scheme.control.ValidationCode.UNKNOWN_MEASURE;

import com.salesperf.scheme.formula.Formula;
import com.salesperf.scheme.formula.FormulaError;
import com.salesperf.scheme.formula.FormulaException;
import com.salesperf.scheme.formula.FormulaProblem;
import com.salesperf.scheme.formula.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks one indicator: its formula, its bands and its no-data score. */
final class IndicatorValidator {

    private IndicatorValidator() {}

    static List<ValidationMessage> validate(
            IndicatorDefinition indicator, Set<String> knownMeasures) {
        List<ValidationMessage> messages =
                new ArrayList<>(formulaMessages(indicator, knownMeasures));
        messages.addAll(BandValidator.validate(indicator.code(), indicator.bands()));
        BigDecimal fixed = indicator.noDataRule().fixedScore();
        if (fixed != null && !BandValidator.isValidScore(fixed)) {
            String score = Decimals.plain(fixed);
            String text = "The no-data score " + score + " is outside 0-100";
            messages.add(
                    ValidationMessage.of(
                            SCORE_OUT_OF_RANGE,
                            indicator.code(),
                            text,
                            "score",
                            score,
                            "where",
                            "noDataRule"));
        }
        return messages;
    }

    private static List<ValidationMessage> formulaMessages(
            IndicatorDefinition indicator, Set<String> knownMeasures) {
        try {
            Formula formula = Formula.parse(indicator.formula());
            return formula.check(knownMeasures, ValueType.NUMBER).stream()
                    .map(p -> toMessage(indicator, p))
                    .toList();
        } catch (FormulaException e) {
            return List.of(toMessage(indicator, e.problem()));
        }
    }

    private static ValidationMessage toMessage(
            IndicatorDefinition indicator, FormulaProblem problem) {
        String position = Integer.toString(problem.position());
        if (problem.code() == FormulaError.FORMULA_UNKNOWN_MEASURE) {
            String measure = problem.params().get("name");
            return ValidationMessage.of(
                    UNKNOWN_MEASURE,
                    indicator.code(),
                    problem.message(),
                    "measure",
                    measure,
                    "position",
                    position);
        }
        return ValidationMessage.of(
                FORMULA_ERROR,
                indicator.code(),
                problem.message(),
                "position",
                position,
                "formulaCode",
                problem.code().name(),
                "formula",
                indicator.formula());
    }
}
