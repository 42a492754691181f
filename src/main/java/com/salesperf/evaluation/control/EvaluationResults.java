package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A whole population's results in deterministic order: evaluable reps best first (company display
 * order), then reps that are not evaluable by employee number.
 *
 * @param bonusBudget the plan's budget; null when none is set
 */
public record EvaluationResults(
        DefinitionRef scheme,
        DefinitionRef plan,
        String currency,
        List<RepEvaluation> results,
        BigDecimal bonusBudget) {

    public EvaluationResults {
        results = List.copyOf(results);
    }

    /** Sum of all rounded bonuses: what the plan costs this period. */
    public BigDecimal totalBonus() {
        return results.stream()
                .filter(result -> result.incentive() != null)
                .map(result -> result.incentive().bonus())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True when there is no budget or the total bonus does not exceed it. */
    public boolean withinBudget() {
        return bonusBudget == null || totalBonus().compareTo(bonusBudget) <= 0;
    }

    public Optional<RepEvaluation> find(String employeeNo) {
        return results.stream()
                .filter(result -> result.employeeNo().equals(employeeNo))
                .findFirst();
    }

    /** The canonical JSON of the whole run's results. */
    public String canonicalJson() {
        return CanonicalJson.write(
                Json.object(
                        "scheme",
                        Json.object(
                                "code",
                                scheme.code(),
                                "version",
                                scheme.version(),
                                "contentHash",
                                scheme.contentHash()),
                        "plan",
                        Json.object(
                                "code",
                                plan.code(),
                                "version",
                                plan.version(),
                                "contentHash",
                                plan.contentHash()),
                        "currency",
                        currency,
                        "bonusBudget",
                        bonusBudget,
                        "totalBonus",
                        totalBonus(),
                        "results",
                        results.stream().map(ResultJson::of).toList()));
    }
}
