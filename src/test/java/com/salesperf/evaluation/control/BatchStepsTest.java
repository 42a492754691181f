package com.salesperf.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The way a batch job uses the engine: score in chunks (in any order, possibly twice after a
 * restart), rank the whole population, then pay. The outcome equals the one-call facade.
 */
class BatchStepsTest {

    @Test
    void chunkedScoringThenRankingThenIncentivesEqualsTheFacade() {
        SchemeDefinition scheme = DefaultSchemes.quarterly();
        PlanDefinition plan = DefaultPlans.acceleratorPlan();
        List<RepInput> reps = DeterminismTest.population();
        EvaluationResults facade = Evaluator.evaluate(scheme, plan, reps);

        SchemeScorer scorer = new SchemeScorer(scheme);
        List<RepInput> shuffled = new ArrayList<>(reps);
        Collections.shuffle(shuffled, new Random(7));
        List<ScoreCard> stored = new ArrayList<>();
        for (int from = 0; from < shuffled.size(); from += 10) {
            shuffled.subList(from, Math.min(from + 10, shuffled.size()))
                    .forEach(rep -> stored.add(scorer.score(rep)));
        }
        // a chunk processed again after a restart gives the very same cards
        assertThat(shuffled.subList(0, 10).stream().map(scorer::score).toList())
                .isEqualTo(stored.subList(0, 10));

        Ranking ranking =
                Ranking.of(
                        stored.stream()
                                .filter(ScoreCard::evaluable)
                                .map(ScoreCard::rankingEntry)
                                .toList());
        IncentiveCalculator calculator = new IncentiveCalculator(plan);
        DefinitionRef schemeRef = DefinitionRef.of(scheme);
        DefinitionRef planRef = DefinitionRef.of(plan);
        for (ScoreCard card : stored) {
            RepEvaluation result =
                    card.evaluable()
                            ? new RepEvaluation(
                                    card,
                                    ranking.ranksOf(card.employeeNo()),
                                    calculator.calculate(
                                            card.rep(),
                                            ranking.ranksOf(card.employeeNo()).region()),
                                    schemeRef,
                                    planRef)
                            : new RepEvaluation(card, null, null, schemeRef, planRef);
            assertThat(result.sha256())
                    .isEqualTo(facade.find(card.employeeNo()).orElseThrow().sha256());
        }
    }

    @Test
    void scoringAloneCanBeSerialisedWithoutAPlan() {
        ScoreCard card = SchemeScorer.score(DefaultSchemes.quarterly(), Fixtures.s001());
        RepEvaluation scoredOnly =
                new RepEvaluation(
                        card, null, null, DefinitionRef.of(DefaultSchemes.quarterly()), null);
        assertThat(scoredOnly.canonicalJson())
                .contains("\"plan\":null")
                .contains("\"incentive\":null")
                .contains("\"totalScore\":85");
    }
}
