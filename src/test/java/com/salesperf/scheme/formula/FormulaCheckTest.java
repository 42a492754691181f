package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulaCheckTest {

    @Test
    void referencedMeasuresInOrderOfFirstUse() {
        Formula formula =
                Formula.parse("(newCustomers - prevNewCustomers) / prevNewCustomers * 100");
        assertThat(formula.referencedMeasures())
                .containsExactly("newCustomers", "prevNewCustomers");
    }

    @Test
    void functionNamesAndKeywordsAreNotMeasures() {
        Formula formula = Formula.parse("if(a > 0 and not b < 1, max(c, 1), abs(d))");
        assertThat(formula.referencedMeasures()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void knownMeasuresPass() {
        assertThat(Formula.parse("actualSales / targetSales * 100").check(MeasureCatalogue.names()))
                .isEmpty();
    }

    @Test
    void everyUnknownMeasureIsReportedWithItsPosition() {
        List<FormulaProblem> problems =
                Formula.parse("actualSales / tagretSales * 100 + bogus")
                        .check(MeasureCatalogue.names());
        assertThat(problems)
                .extracting(FormulaProblem::code)
                .containsOnly(FormulaError.FORMULA_UNKNOWN_MEASURE);
        assertThat(problems).extracting(FormulaProblem::position).containsExactly(14, 34);
        assertThat(problems)
                .extracting(p -> p.params().get("name"))
                .containsExactly("tagretSales", "bogus");
        assertThat(problems.get(0).message()).contains("tagretSales").contains("column 14");
    }

    @Test
    void eachOccurrenceOfAnUnknownMeasureIsReported() {
        assertThat(Formula.parse("x + x").check(Set.of()))
                .extracting(FormulaProblem::position)
                .containsExactly(0, 4);
    }

    @Test
    void wrongResultTypeForAnIndicatorValue() {
        List<FormulaProblem> problems =
                Formula.parse("collectionRate < 90")
                        .check(MeasureCatalogue.names(), ValueType.NUMBER);
        assertThat(problems)
                .extracting(FormulaProblem::code)
                .containsExactly(FormulaError.FORMULA_WRONG_RESULT_TYPE);
    }

    @Test
    void wrongResultTypeForACondition() {
        List<FormulaProblem> problems =
                Formula.parse("collectionRate").check(MeasureCatalogue.names(), ValueType.BOOLEAN);
        assertThat(problems)
                .extracting(FormulaProblem::code)
                .containsExactly(FormulaError.FORMULA_WRONG_RESULT_TYPE);
    }

    @Test
    void conditionWithTheRightType() {
        assertThat(
                        Formula.parse("collectionRate < 90")
                                .check(MeasureCatalogue.names(), ValueType.BOOLEAN))
                .isEmpty();
    }

    @Test
    void problemsInOneCall() {
        assertThat(Formula.problems("a +", Set.of(), ValueType.NUMBER))
                .extracting(FormulaProblem::code)
                .containsExactly(FormulaError.FORMULA_UNEXPECTED_TOKEN);
        assertThat(Formula.problems("a + 1", Set.of(), ValueType.NUMBER))
                .extracting(FormulaProblem::code)
                .containsExactly(FormulaError.FORMULA_UNKNOWN_MEASURE);
        assertThat(Formula.problems("a + 1", Set.of("a"), ValueType.NUMBER)).isEmpty();
    }
}
