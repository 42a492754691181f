package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A rep without a target is never scored as 0 %: it is set apart with a reason. */
class NotEvaluableTest {

    private static RepInput withTarget(String target) {
        return rep("S009", "EAST", "EAST-1", "10000", with(s001Measures(), "targetSales", target));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "0.00", "-100"})
    void noUsableTarget(String target) {
        ScoreCard card = SchemeScorer.score(DefaultSchemes.quarterly(), withTarget(target));
        assertThat(card.evaluable()).isFalse();
        assertThat(card.notEvaluableReason()).isEqualTo(NotEvaluableReason.NO_TARGET);
        assertThat(card.totalScore()).isNull();
        assertThat(card.displayTotal()).isNull();
        assertThat(card.grade()).isNull();
        assertThat(card.completionRate()).isNull();
        assertThat(card.indicators()).isEmpty();
        assertThat(card.trace().entries())
                .extracting(TraceEntry::code)
                .containsExactly(TraceCode.NOT_EVALUABLE_NO_TARGET);
    }

    @Test
    void noSalesDataIsNotZeroSales() {
        RepInput rep =
                rep("S009", "EAST", "EAST-1", "10000", with(s001Measures(), "actualSales", null));
        ScoreCard card = SchemeScorer.score(DefaultSchemes.quarterly(), rep);
        assertThat(card.notEvaluableReason()).isEqualTo(NotEvaluableReason.NO_ACTUAL_SALES);
        assertThat(card.trace().contains(TraceCode.NOT_EVALUABLE_NO_ACTUAL_SALES)).isTrue();
    }

    @Test
    void setApartInAPopulation() {
        EvaluationResults results =
                Evaluator.evaluate(
                        DefaultSchemes.quarterly(),
                        DefaultPlans.defaultPlan(),
                        List.of(withTarget(null), s001()));
        assertThat(results.results())
                .extracting(RepEvaluation::employeeNo)
                .containsExactly("S001", "S009");
        RepEvaluation s009 = results.find("S009").orElseThrow();
        assertThat(s009.evaluable()).isFalse();
        assertThat(s009.ranks()).isNull();
        assertThat(s009.incentive()).isNull();
        assertThat(results.find("S001").orElseThrow().ranks().company())
                .isEqualTo(new GroupRank(1, 1));
        // Alone in its region, S001 is its region's top 5 % (rank 1 <= ceil(0.05 x 1)): Excellence.
        assertThat(results.find("S001").orElseThrow().incentive().tierCode())
                .isEqualTo("EXCELLENCE");
        assertThat(results.totalBonus()).isEqualByComparingTo("22250.00");
        assertThat(s009.canonicalJson()).contains("\"notEvaluableReason\":\"NO_TARGET\"");
    }

    @Test
    void cannotBeRankedOrPaid() {
        ScoreCard card = SchemeScorer.score(DefaultSchemes.quarterly(), withTarget("0"));
        assertThatThrownBy(card::rankingEntry).isInstanceOf(IllegalStateException.class);
        IncentiveCalculator calculator = new IncentiveCalculator(DefaultPlans.defaultPlan());
        assertThatThrownBy(() -> calculator.calculate(withTarget("0"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S009 is not evaluable: NO_TARGET");
    }
}
