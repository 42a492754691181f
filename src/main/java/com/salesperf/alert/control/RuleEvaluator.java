package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a rule and the figures of a period into hits. Plain Java over values the boundary read, so
 * every threshold case is unit-tested without a database; the comparisons are {@link
 * RuleArithmetic}'s.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {}

    public static List<AlertHit> salesChange(
            RuleSpec rule, String periodCode, String previousCode, List<UnitSales> units) {
        require(rule, AlertRuleKind.UNIT_SALES_CHANGE);
        List<AlertHit> hits = new ArrayList<>();
        for (UnitSales unit : units) {
            if (RuleArithmetic.salesChangeFires(
                    unit.previous(), unit.current(), rule.threshold())) {
                BigDecimal change = RuleArithmetic.changePercent(unit.previous(), unit.current());
                hits.add(
                        new AlertHit(
                                rule.id(),
                                periodCode,
                                unit.code(),
                                unit.name(),
                                unit.unitId(),
                                null,
                                change,
                                previousCode
                                        + ": "
                                        + plain(unit.previous())
                                        + " → "
                                        + periodCode
                                        + ": "
                                        + plain(unit.current())
                                        + " ("
                                        + change.toPlainString()
                                        + " % ≤ "
                                        + rule.threshold().stripTrailingZeros().toPlainString()
                                        + " %)"));
            }
        }
        return hits;
    }

    /** Reps whose completions (oldest first, ending with the evaluated period) stay below. */
    public static List<AlertHit> completionStreak(
            RuleSpec rule, String periodCode, List<RepFigures> reps) {
        require(rule, AlertRuleKind.REP_COMPLETION_STREAK);
        List<AlertHit> hits = new ArrayList<>();
        for (RepFigures rep : reps) {
            List<RepCompletion> periods = rep.completions();
            if (!RuleArithmetic.belowBaselineInEvery(
                    periods, rule.threshold(), rule.periodsInRow())) {
                continue;
            }
            List<RepCompletion> streak =
                    periods.subList(periods.size() - rule.periodsInRow(), periods.size());
            String detail =
                    streak.stream()
                                    .map(p -> p.periodCode() + ": " + p.percent() + " %")
                                    .collect(Collectors.joining(", "))
                            + " < "
                            + rule.threshold().stripTrailingZeros().toPlainString()
                            + " %";
            hits.add(
                    new AlertHit(
                            rule.id(),
                            periodCode,
                            rep.employeeNo(),
                            rep.name(),
                            rep.orgUnitId(),
                            rep.employeeId(),
                            streak.get(streak.size() - 1).percent(),
                            detail));
        }
        return hits;
    }

    public static List<AlertHit> resultThreshold(
            RuleSpec rule, String periodCode, List<RepFigures> reps) {
        require(rule, AlertRuleKind.REP_RESULT_THRESHOLD);
        List<AlertHit> hits = new ArrayList<>();
        for (RepFigures rep : reps) {
            if (RuleArithmetic.crosses(rep.resultValue(), rule.direction(), rule.threshold())) {
                hits.add(
                        new AlertHit(
                                rule.id(),
                                periodCode,
                                rep.employeeNo(),
                                rep.name(),
                                rep.orgUnitId(),
                                rep.employeeId(),
                                rep.resultValue(),
                                rule.measure()
                                        + " "
                                        + rep.resultValue().stripTrailingZeros().toPlainString()
                                        + (rule.direction() == Direction.BELOW ? " < " : " > ")
                                        + rule.threshold().stripTrailingZeros().toPlainString()));
            }
        }
        return hits;
    }

    private static void require(RuleSpec rule, AlertRuleKind kind) {
        if (rule.kind() != kind) {
            throw new IllegalArgumentException("rule " + rule.code() + " is " + rule.kind());
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "0" : amount.toPlainString();
    }
}
