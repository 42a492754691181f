package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaSyntaxErrorTest {

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
                "a +             | FORMULA_UNEXPECTED_TOKEN  | 3",
                "(a + b          | FORMULA_UNEXPECTED_TOKEN  | 6",
                "a + b)          | FORMULA_UNEXPECTED_TOKEN  | 5",
                "a b             | FORMULA_UNEXPECTED_TOKEN  | 2",
                "* a             | FORMULA_UNEXPECTED_TOKEN  | 0",
                "max(1,)         | FORMULA_UNEXPECTED_TOKEN  | 6",
                "max(1 2)        | FORMULA_UNEXPECTED_TOKEN  | 6",
                "1..2            | FORMULA_INVALID_CHARACTER | 1",
                "a = b           | FORMULA_INVALID_CHARACTER | 2",
                "a & b           | FORMULA_INVALID_CHARACTER | 2",
                "`a | b`         | FORMULA_INVALID_CHARACTER | 2",
                "a; b            | FORMULA_INVALID_CHARACTER | 1",
                "a[0]            | FORMULA_INVALID_CHARACTER | 1",
                "1e5             | FORMULA_UNEXPECTED_TOKEN  | 1",
                "销售额 + 1         | FORMULA_INVALID_CHARACTER | 0",
                "if(1, 2, 3)     | FORMULA_TYPE_MISMATCH     | 3",
                "if(a > 1, 2, a > 3) | FORMULA_TYPE_MISMATCH | 15",
                "1 + (a > b)     | FORMULA_TYPE_MISMATCH     | 7",
                "(a > b) * 2     | FORMULA_TYPE_MISMATCH     | 3",
                "a and b         | FORMULA_TYPE_MISMATCH     | 0",
                "not a           | FORMULA_TYPE_MISMATCH     | 4",
                "-(a > b)        | FORMULA_TYPE_MISMATCH     | 4",
                "a < b < c       | FORMULA_TYPE_MISMATCH     | 2",
                "a == (b > c)    | FORMULA_TYPE_MISMATCH     | 8",
                "max(a > 1, 2)   | FORMULA_TYPE_MISMATCH     | 6",
                "abs(true)       | FORMULA_TYPE_MISMATCH     | 4",
                "round(a < 1, 2) | FORMULA_TYPE_MISMATCH     | 8",
                "if(a > 1, 2)    | FORMULA_ARITY             | 0",
                "max(1)          | FORMULA_ARITY             | 0",
                "abs(1, 2)       | FORMULA_ARITY             | 0",
                "round(1)        | FORMULA_ARITY             | 0",
                "min()           | FORMULA_ARITY             | 0",
                "round(a, b)     | FORMULA_INVALID_ARGUMENT  | 9",
                "round(a, 1.5)   | FORMULA_INVALID_ARGUMENT  | 9",
                "round(a, 11)    | FORMULA_INVALID_ARGUMENT  | 9",
                "round(a, -1)    | FORMULA_INVALID_ARGUMENT  | 9",
                "IF(a > 1, 1, 2) | FORMULA_UNKNOWN_FUNCTION  | 0",
                "sqrt(4)         | FORMULA_UNKNOWN_FUNCTION  | 0",
            })
    void rejectedWithCodeAndPosition(String text, FormulaError code, int position) {
        FormulaException e = rejection(text);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.problem().message()).contains("column " + position);
        assertThat(e.problem().params()).containsEntry("position", Integer.toString(position));
    }

    @Test
    void emptyAndBlankAndNull() {
        assertThat(rejection("").code()).isEqualTo(FormulaError.FORMULA_EMPTY);
        assertThat(rejection("   ").code()).isEqualTo(FormulaError.FORMULA_EMPTY);
        assertThat(rejection(null).code()).isEqualTo(FormulaError.FORMULA_EMPTY);
    }

    @Test
    void messagesAreHelpful() {
        assertThat(rejection("a = b").problem().message()).contains("use '=='");
        assertThat(rejection("a +").problem().message()).contains("end of formula");
        assertThat(rejection("if(a > 1, 2)").problem().message())
                .contains("'if' takes 3 argument(s) but got 2");
        assertThat(rejection("1 + (a > b)").problem().message())
                .contains("The right operand of '+' must be a number but is a condition");
    }

    @Test
    void unknownFunctionListsTheAllowedOnes() {
        FormulaException e = rejection("sqrt(4)");
        assertThat(e.problem().params())
                .containsEntry("name", "sqrt")
                .containsEntry("allowed", "abs, if, max, min, round");
        assertThat(e.getMessage()).startsWith("FORMULA_UNKNOWN_FUNCTION: Unknown function 'sqrt'");
    }

    @Test
    void exactlyTheMaximumLengthIsAccepted() {
        String text = "1" + "+1".repeat((Formula.MAX_LENGTH - 1) / 2);
        assertThat(text).hasSize(Formula.MAX_LENGTH - 1);
        assertThat(Formula.parse(text + " ").evaluateNumber(java.util.Map.of()))
                .isEqualByComparingTo("500");
    }

    @Test
    void oneCharacterTooLong() {
        FormulaException e = rejection("1".repeat(Formula.MAX_LENGTH + 1));
        assertThat(e.code()).isEqualTo(FormulaError.FORMULA_TOO_LONG);
        assertThat(e.problem().params())
                .containsEntry("limit", "1000")
                .containsEntry("length", "1001");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String text = "(".repeat(Formula.MAX_DEPTH) + "1" + ")".repeat(Formula.MAX_DEPTH);
        assertThat(Formula.parse(text).evaluateNumber(java.util.Map.of()))
                .isEqualByComparingTo("1");
    }

    @Test
    void nestingBeyondTheLimitIsRejectedAtTheOffendingParenthesis() {
        String text = "(".repeat(Formula.MAX_DEPTH + 1) + "1" + ")".repeat(Formula.MAX_DEPTH + 1);
        FormulaException e = rejection(text);
        assertThat(e.code()).isEqualTo(FormulaError.FORMULA_TOO_DEEP);
        assertThat(e.position()).isEqualTo(Formula.MAX_DEPTH);
    }

    @Test
    void longOperatorChainsAreFine() {
        String text = "a" + "*a".repeat(400);
        assertThat(
                        Formula.parse(text)
                                .evaluateNumber(java.util.Map.of("a", java.math.BigDecimal.ONE)))
                .isEqualByComparingTo("1");
    }

    @Test
    void parsingIsNotAffectedByTrailingSignal() {
        assertThatThrownBy(() -> Formula.parse("a + b)")).isInstanceOf(FormulaException.class);
    }
}
