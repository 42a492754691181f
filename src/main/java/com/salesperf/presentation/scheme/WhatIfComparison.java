package com.salesperf.presentation.scheme;

import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.RepEvaluation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-rep differences between two evaluations of the same population, and what the plan costs
 * before and after. Rows are ordered by employee number, so the table is stable across previews.
 */
public record WhatIfComparison(
        List<WhatIfRow> rows, BigDecimal costBefore, BigDecimal costAfter, String currency)
        implements Serializable {

    public WhatIfComparison {
        rows = List.copyOf(rows);
    }

    public static WhatIfComparison of(EvaluationResults before, EvaluationResults after) {
        Map<String, RepEvaluation> afterByRep = new TreeMap<>();
        after.results().forEach(result -> afterByRep.put(result.employeeNo(), result));
        Map<String, RepEvaluation> beforeByRep = new TreeMap<>();
        before.results().forEach(result -> beforeByRep.put(result.employeeNo(), result));
        List<WhatIfRow> rows = new ArrayList<>();
        beforeByRep.forEach((employeeNo, old) -> rows.add(row(old, afterByRep.get(employeeNo))));
        return new WhatIfComparison(
                rows, before.totalBonus(), after.totalBonus(), after.currency());
    }

    private static WhatIfRow row(RepEvaluation before, RepEvaluation after) {
        var rep = before.score().rep();
        return new WhatIfRow(
                rep.employeeNo(),
                rep.repName(),
                rep.regionCode(),
                total(before),
                total(after),
                before == null ? null : before.score().grade(),
                after == null ? null : after.score().grade(),
                tier(before),
                tier(after),
                bonus(before),
                bonus(after));
    }

    private static BigDecimal total(RepEvaluation result) {
        return result == null || !result.evaluable() ? null : result.score().totalScore();
    }

    private static String tier(RepEvaluation result) {
        return result == null || result.incentive() == null ? null : result.incentive().tierCode();
    }

    private static BigDecimal bonus(RepEvaluation result) {
        return result == null || result.incentive() == null
                ? BigDecimal.ZERO
                : result.incentive().bonus();
    }

    public BigDecimal getCostDelta() {
        return costAfter.subtract(costBefore);
    }

    public long getChangedCount() {
        return rows.stream().filter(WhatIfRow::isChanged).count();
    }

    public List<WhatIfRow> getRows() {
        return rows;
    }

    public BigDecimal getCostBefore() {
        return costBefore;
    }

    public BigDecimal getCostAfter() {
        return costAfter;
    }

    public String getCurrency() {
        return currency;
    }
}
