package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Administrators type formulas, so the language must not be a way to run code. Every attempt below
 * is refused when the formula is parsed, before anything could be evaluated.
 */
class FormulaSandboxTest {

    private static FormulaException rejection(String text) {
        try {
            Formula.parse(text);
        } catch (FormulaException e) {
            return e;
        }
        throw new AssertionError("expected '" + text + "' to be rejected");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "java.lang.Runtime.getRuntime()                 | FORMULA_INVALID_CHARACTER | 4 | member access",
                "java.lang.Runtime.getRuntime().exec('rm -rf /') | FORMULA_INVALID_CHARACTER | 4 | member access",
                "x.getClass()                                   | FORMULA_INVALID_CHARACTER | 1 | member access",
                "\"\".class                                       | FORMULA_INVALID_CHARACTER | 0 | text literals",
                "'abc'                                          | FORMULA_INVALID_CHARACTER | 0 | text literals",
                "T(java.lang.System)                            | FORMULA_UNKNOWN_FUNCTION  | 0 | Unknown function 'T'",
                "T(java.lang.System).exit(0)                    | FORMULA_UNKNOWN_FUNCTION  | 0 | Unknown function 'T'",
                "${7*7}                                         | FORMULA_INVALID_CHARACTER | 0 | template syntax",
                "#{request.getSession()}                        | FORMULA_INVALID_CHARACTER | 0 | template syntax",
                "{1}                                            | FORMULA_INVALID_CHARACTER | 0 | template syntax",
                "exec(1)                                        | FORMULA_UNKNOWN_FUNCTION  | 0 | Unknown function 'exec'",
                "getClass()                                     | FORMULA_UNKNOWN_FUNCTION  | 0 | Unknown function 'getClass'",
                "Runtime(1)                                     | FORMULA_UNKNOWN_FUNCTION  | 0 | Unknown function 'Runtime'",
                "new Object()                                   | FORMULA_UNEXPECTED_TOKEN  | 4 | Unexpected 'Object'",
                "a; System.exit(0)                              | FORMULA_INVALID_CHARACTER | 1 | single expression",
                "1 + @Deprecated                                | FORMULA_INVALID_CHARACTER | 4 | not part of the formula language",
                "`a \\u002e b`                                  | FORMULA_INVALID_CHARACTER | 2 | not part of the formula language",
                "x = 1                                          | FORMULA_INVALID_CHARACTER | 2 | use '=='",
                "a ? b : c                                      | FORMULA_INVALID_CHARACTER | 2 | not part of the formula language",
                "a << 2                                         | FORMULA_UNEXPECTED_TOKEN  | 3 | Unexpected '<'",
            })
    void rejectedAtParseTime(String text, FormulaError code, int position, String messagePart) {
        FormulaException e = rejection(text);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.problem().message()).contains(messagePart);
    }

    @Test
    void deeplyNestedParenthesesCannotBlowTheStack() {
        String text = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        assertThat(rejection(text).code()).isEqualTo(FormulaError.FORMULA_TOO_LONG);
    }

    @Test
    void deepNestingWithinTheLengthLimitIsRefused() {
        String text = "(".repeat(400) + "1" + ")".repeat(400);
        assertThat(rejection(text).code()).isEqualTo(FormulaError.FORMULA_TOO_DEEP);
    }

    @Test
    void deeplyNestedFunctionCallsAreRefused() {
        String text = "abs(".repeat(60) + "1" + ")".repeat(60);
        assertThat(rejection(text).code()).isEqualTo(FormulaError.FORMULA_TOO_DEEP);
    }

    @Test
    void longChainsOfPrefixOperatorsAreRefused() {
        assertThat(rejection("-".repeat(200) + "1").code())
                .isEqualTo(FormulaError.FORMULA_TOO_DEEP);
        assertThat(rejection("not ".repeat(200) + "true").code())
                .isEqualTo(FormulaError.FORMULA_TOO_DEEP);
        assertThat(rejection("!".repeat(200) + "true").code())
                .isEqualTo(FormulaError.FORMULA_TOO_DEEP);
    }

    @Test
    void exponentNotationCannotCreateHugeNumbers() {
        assertThat(rejection("1e999999999").code())
                .isEqualTo(FormulaError.FORMULA_UNEXPECTED_TOKEN);
    }

    @Test
    void identifiersAreOnlyEverLookedUpAsMeasureValues() {
        Formula formula = Formula.parse("Runtime + System + getClass");
        assertThat(formula.referencedMeasures()).containsExactly("Runtime", "System", "getClass");
        assertThat(formula.check(MeasureCatalogue.names()))
                .extracting(FormulaProblem::code)
                .containsOnly(FormulaError.FORMULA_UNKNOWN_MEASURE);
    }

    @Test
    void evaluationOnlyReadsTheGivenValues() {
        Formula formula = Formula.parse("System * 2");
        assertThat(formula.evaluateNumber(Map.of("System", java.math.BigDecimal.TEN)))
                .isEqualByComparingTo("20");
    }
}
