package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What ranking needs of one evaluable rep; a batch job can build it from stored results.
 *
 * @param regionCode null when the rep has no region
 * @param teamCode null when the rep has no team
 * @param completionRate first tie-break for display order; may be null (sorts last)
 * @param actualSales second tie-break for display order; may be null (sorts last)
 */
public record RankingEntry(
        String employeeNo,
        String regionCode,
        String teamCode,
        BigDecimal totalScore,
        BigDecimal completionRate,
        BigDecimal actualSales) {

    public RankingEntry {
        Objects.requireNonNull(employeeNo, "employeeNo");
        Objects.requireNonNull(totalScore, "totalScore");
    }
}
