package com.salesperf.review.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What HR sees before approving a package: the distribution by grade and tier, the total bonus
 * against the plan's budget, what changed against the previous period, and how many results were
 * adjusted by hand.
 *
 * @param budget the plan's bonus budget; null when the plan sets none
 * @param previousTotalBonus null when there is no previous period to compare with
 */
public record SubmissionSummary(
        int reps,
        Map<String, Long> byGrade,
        Map<String, Long> byTier,
        BigDecimal totalBonus,
        BigDecimal budget,
        BigDecimal previousTotalBonus,
        List<Move> moves,
        int adjustedReps) {

    /** Labels for results without a grade or tier (not evaluable). */
    public static final String NONE = "-";

    public SubmissionSummary {
        byGrade = Map.copyOf(byGrade);
        byTier = Map.copyOf(byTier);
        moves = List.copyOf(moves);
    }

    /** A rep whose grade or tier differs from the previous period. */
    public record Move(
            String employeeNo,
            String name,
            String previousGrade,
            String grade,
            String previousTier,
            String tier,
            BigDecimal previousBonus,
            BigDecimal bonus) {}

    /**
     * @param current the package's results after adjustments
     * @param previous the same reps' results of the previous period (any order; may be empty)
     */
    public static SubmissionSummary of(
            List<RepFigures> current,
            List<RepFigures> previous,
            BigDecimal budget,
            int adjustedReps) {
        Map<Long, RepFigures> before =
                previous.stream()
                        .collect(
                                Collectors.toMap(
                                        RepFigures::employeeId, Function.identity(), (a, b) -> a));
        List<Move> moves = new ArrayList<>();
        for (RepFigures now : current) {
            RepFigures then = before.get(now.employeeId());
            if (then != null
                    && (!Objects.equals(then.grade(), now.grade())
                            || !Objects.equals(then.tierCode(), now.tierCode()))) {
                moves.add(
                        new Move(
                                now.employeeNo(),
                                now.name(),
                                then.grade(),
                                now.grade(),
                                then.tierCode(),
                                now.tierCode(),
                                then.bonus(),
                                now.bonus()));
            }
        }
        return new SubmissionSummary(
                current.size(),
                count(current, RepFigures::grade),
                count(current, RepFigures::tierCode),
                total(current),
                budget,
                previous.isEmpty() ? null : total(previous),
                moves,
                adjustedReps);
    }

    public boolean overBudget() {
        return budget != null && totalBonus.compareTo(budget) > 0;
    }

    /** The change in total bonus against the previous period; null without one. */
    public BigDecimal bonusChange() {
        return previousTotalBonus == null ? null : totalBonus.subtract(previousTotalBonus);
    }

    private static Map<String, Long> count(
            List<RepFigures> results, Function<RepFigures, String> key) {
        return results.stream()
                .collect(
                        Collectors.groupingBy(
                                r -> key.apply(r) == null ? NONE : key.apply(r),
                                TreeMap::new,
                                Collectors.counting()));
    }

    private static BigDecimal total(List<RepFigures> results) {
        return results.stream()
                .map(RepFigures::bonus)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
