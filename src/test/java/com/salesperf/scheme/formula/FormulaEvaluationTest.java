package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaEvaluationTest {

    private static BigDecimal number(String formula, Map<String, BigDecimal> measures) {
        return Formula.parse(formula).evaluateNumber(measures);
    }

    private static BigDecimal number(String formula) {
        return number(formula, Map.of());
    }

    private static boolean condition(String formula) {
        return Formula.parse(formula).evaluateCondition(Map.of());
    }

    private static Map<String, BigDecimal> measures(Object... nameValues) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            map.put(
                    (String) nameValues[i],
                    value == null ? null : new BigDecimal(value.toString()));
        }
        return map;
    }

    @Test
    void completionRateIsExact() {
        BigDecimal value =
                number(
                        "actualSales / targetSales * 100",
                        measures("actualSales", "575000", "targetSales", "500000"));
        assertThat(value).isEqualByComparingTo("115");
    }

    @Test
    void growthRate() {
        BigDecimal value =
                number(
                        "(newCustomers - prevNewCustomers) / prevNewCustomers * 100",
                        measures("newCustomers", 12, "prevNewCustomers", 10));
        assertThat(value).isEqualByComparingTo("20");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 + 2 * 3 | 7",
                "(1 + 2) * 3 | 9",
                "10 - 4 - 3 | 3",
                "100 / 10 / 5 | 2",
                "-3 + 5 | 2",
                "- -3 | 3",
                "2 * -3 | -6",
                "0.1 + 0.2 | 0.3",
                "1.10 * 3 | 3.3",
                "max(0, min(100, 150)) | 100",
                "max(0, min(100, -7)) | 0",
                "min(5, 3, 9, 4) | 3",
                "max(5, 3, 9, 4) | 9",
                "abs(-2.5) | 2.5",
                "abs(2.5) | 2.5",
                "round(2.345, 2) | 2.35",
                "round(-2.345, 2) | -2.35",
                "round(2.5, 0) | 3",
                "if(1 < 2, 10, 20) | 10",
                "if(1 > 2, 10, 20) | 20",
            })
    void arithmeticAndFunctions(String formula, String expected) {
        assertThat(number(formula)).isEqualByComparingTo(expected);
    }

    @Test
    void additionIsExactWithoutBinaryFloatingPointErrors() {
        assertThat(number("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void divisionUsesDecimal128() {
        assertThat(number("1 / 3"))
                .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(number("2 / 3").precision()).isEqualTo(34);
    }

    @Test
    void exactQuotientsKeepTheirExactValue() {
        assertThat(number("624000 / 520000 * 100")).isEqualByComparingTo("120");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1 < 2 ; true",
                "2 < 2 ; false",
                "2 <= 2 ; true",
                "3 > 2 ; true",
                "2 >= 3 ; false",
                "1.0 == 1.00 ; true",
                "1 != 1.0 ; false",
                "1 < 2 and 2 < 3 ; true",
                "1 < 2 && 3 < 2 ; false",
                "1 > 2 or 2 < 3 ; true",
                "1 > 2 || 3 < 2 ; false",
                "not 1 > 2 ; true",
                "!(1 < 2) ; false",
                "not not true ; true",
                "true == false ; false",
                "(1 < 2) == (2 < 3) ; true",
                "(1 < 2) != true ; false",
                "not 1 > 2 and 2 > 1 ; true",
                "1 > 2 or 1 < 2 and false ; false",
                "if(true, 1 < 2, 1 > 2) ; true",
            })
    void conditions(String formula, boolean expected) {
        assertThat(condition(formula)).isEqualTo(expected);
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(condition("true or true and false")).isTrue();
    }

    @Test
    void divisionByZeroSignalsTheNumeratorSign() {
        Formula growth =
                Formula.parse("(newCustomers - prevNewCustomers) / prevNewCustomers * 100");
        assertThat(
                        signalOf(growth, measures("newCustomers", 3, "prevNewCustomers", 0))
                                .numeratorSign())
                .isEqualTo(1);
        assertThat(
                        signalOf(growth, measures("newCustomers", 0, "prevNewCustomers", 0))
                                .numeratorSign())
                .isZero();
        assertThat(
                        signalOf(growth, measures("newCustomers", -2, "prevNewCustomers", 0))
                                .numeratorSign())
                .isEqualTo(-1);
    }

    @Test
    void divisionByZeroCarriesThePositionOfTheOperator() {
        DivisionByZero signal = signalOf(Formula.parse("a / b"), measures("a", 1, "b", "0.00"));
        assertThat(signal.position()).isEqualTo(2);
    }

    private static DivisionByZero signalOf(Formula formula, Map<String, BigDecimal> values) {
        try {
            formula.evaluateNumber(values);
        } catch (DivisionByZero signal) {
            return signal;
        }
        throw new AssertionError("expected a division by zero");
    }

    @Test
    void missingMeasureIsReportedByName() {
        assertThatThrownBy(() -> number("satisfaction * 20", Map.of()))
                .isInstanceOf(MissingMeasure.class)
                .extracting(e -> ((MissingMeasure) e).measure())
                .isEqualTo("satisfaction");
    }

    @Test
    void nullValueMeansNoData() {
        assertThatThrownBy(() -> number("teamwork", measures("teamwork", null)))
                .isInstanceOf(MissingMeasure.class);
    }

    @Test
    void ifEvaluatesOnlyTheChosenBranch() {
        String formula = "if(prev > 0, (x - prev) / prev * 100, 0)";
        assertThat(number(formula, measures("prev", 0, "x", 5))).isEqualByComparingTo("0");
        assertThat(number(formula, measures("prev", 4, "x", 5))).isEqualByComparingTo("25");
    }

    @Test
    void ifDoesNotNeedMeasuresOfTheBranchNotTaken() {
        String formula = "if(amountDue > 0, collectedOnTime / amountDue * 100, 0)";
        assertThat(number(formula, measures("amountDue", 0))).isEqualByComparingTo("0");
    }

    @Test
    void logicalOperatorsShortCircuit() {
        assertThat(Formula.parse("d > 0 and n / d > 1").evaluateCondition(measures("d", 0, "n", 5)))
                .isFalse();
        assertThat(Formula.parse("d == 0 or n / d > 1").evaluateCondition(measures("d", 0, "n", 5)))
                .isTrue();
    }

    @Test
    void evaluatingWithTheWrongKindIsAProgrammingError() {
        assertThatThrownBy(() -> Formula.parse("1 < 2").evaluateNumber(Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Formula.parse("1").evaluateCondition(Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typeIsKnownAfterParsing() {
        assertThat(Formula.parse("a + 1").type()).isEqualTo(ValueType.NUMBER);
        assertThat(Formula.parse("a > 1").type()).isEqualTo(ValueType.BOOLEAN);
        assertThat(Formula.parse("if(a > 1, b, c)").type()).isEqualTo(ValueType.NUMBER);
    }

    @Test
    void whitespaceAndNewlinesAreIgnored() {
        assertThat(number("  1 +\n\t2 ")).isEqualByComparingTo("3");
    }

    @Test
    void keepsItsText() {
        assertThat(Formula.parse("a+b").text()).isEqualTo("a+b");
        assertThat(Formula.parse("a+b")).hasToString("a+b");
    }
}
