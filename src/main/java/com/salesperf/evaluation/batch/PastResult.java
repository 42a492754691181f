package com.salesperf.evaluation.batch;

import java.math.BigDecimal;

/**
 * What the flags need of a rep's current result in an earlier period.
 *
 * @param periodsBack 1 for the previous period of the same type, 2 for the one before
 */
public record PastResult(
        int periodsBack,
        Integer companyRank,
        Integer companySize,
        String grade,
        BigDecimal completionRate) {}
