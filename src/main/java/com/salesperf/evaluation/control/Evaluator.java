package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates a whole population in one call: score everyone, rank the evaluable reps, then assign
 * tiers and bonuses. A batch job can do the same in steps with {@link SchemeScorer} (in chunks),
 * {@link Ranking} (whole population) and {@link IncentiveCalculator}; the result is the same.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * @throws com.salesperf.scheme.control.InvalidDefinitionException when the scheme or plan has
     *     validation errors
     * @throws IllegalArgumentException when an employee number appears twice
     */
    public static EvaluationResults evaluate(
            SchemeDefinition scheme, PlanDefinition plan, List<RepInput> reps) {
        requireUnique(reps);
        SchemeScorer scorer = new SchemeScorer(scheme);
        IncentiveCalculator calculator = new IncentiveCalculator(plan);
        DefinitionRef schemeRef = DefinitionRef.of(scheme);
        DefinitionRef planRef = DefinitionRef.of(plan);
        List<ScoreCard> cards = reps.stream().map(scorer::score).toList();
        List<RepEvaluation> results =
                new ArrayList<>(evaluable(cards, calculator, schemeRef, planRef));
        cards.stream()
                .filter(card -> !card.evaluable())
                .sorted(Comparator.comparing(ScoreCard::employeeNo))
                .forEach(
                        card ->
                                results.add(
                                        new RepEvaluation(card, null, null, schemeRef, planRef)));
        return new EvaluationResults(
                schemeRef, planRef, plan.currency(), results, plan.bonusBudget());
    }

    private static List<RepEvaluation> evaluable(
            List<ScoreCard> cards,
            IncentiveCalculator calculator,
            DefinitionRef schemeRef,
            DefinitionRef planRef) {
        Map<String, ScoreCard> byEmployee =
                cards.stream()
                        .filter(ScoreCard::evaluable)
                        .collect(Collectors.toMap(ScoreCard::employeeNo, Function.identity()));
        Ranking ranking =
                Ranking.of(byEmployee.values().stream().map(ScoreCard::rankingEntry).toList());
        List<RepEvaluation> results = new ArrayList<>();
        for (RankingEntry entry : ranking.displayOrder()) {
            ScoreCard card = byEmployee.get(entry.employeeNo());
            RepRanks ranks = ranking.ranksOf(entry.employeeNo());
            Incentive incentive = calculator.calculate(card.rep(), ranks.region());
            results.add(new RepEvaluation(card, ranks, incentive, schemeRef, planRef));
        }
        return results;
    }

    private static void requireUnique(List<RepInput> reps) {
        Set<String> seen = new HashSet<>();
        for (RepInput rep : reps) {
            if (!seen.add(rep.employeeNo())) {
                throw new IllegalArgumentException(
                        "employee " + rep.employeeNo() + " appears twice");
            }
        }
    }
}
