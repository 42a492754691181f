package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A rep's score under one scheme: per indicator, the weighted total (0-100, full precision) and the
 * grade, with the trace; or the reason the rep is not evaluable.
 *
 * @param notEvaluableReason null when evaluable
 * @param completionRate actualSales / targetSales × 100; null when not evaluable
 * @param indicators empty when not evaluable for lack of target or sales
 * @param totalScore null when not evaluable
 * @param grade null when not evaluable
 */
public record ScoreCard(
        RepInput rep,
        String schemeCode,
        int schemeVersion,
        NotEvaluableReason notEvaluableReason,
        BigDecimal completionRate,
        List<IndicatorScore> indicators,
        BigDecimal totalScore,
        String grade,
        Trace trace) {

    public ScoreCard {
        Objects.requireNonNull(rep, "rep");
        indicators = List.copyOf(indicators);
    }

    public String employeeNo() {
        return rep.employeeNo();
    }

    public boolean evaluable() {
        return notEvaluableReason == null;
    }

    /** The total as shown: one decimal, half-up. Ranking and grading use the full precision. */
    public BigDecimal displayTotal() {
        return totalScore == null ? null : totalScore.setScale(1, RoundingMode.HALF_UP);
    }

    /** What ranking needs of this card. */
    public RankingEntry rankingEntry() {
        if (!evaluable()) {
            throw new IllegalStateException(
                    employeeNo() + " is not evaluable and cannot be ranked");
        }
        return new RankingEntry(
                employeeNo(),
                rep.regionCode(),
                rep.teamCode(),
                totalScore,
                completionRate,
                rep.measure("actualSales"));
    }
}
