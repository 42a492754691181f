package com.salesperf.evaluation.batch;

import java.math.BigDecimal;

/** What the scoring step keeps of a rep's score card for ranking. */
public record ScoredItem(
        int seq,
        boolean evaluable,
        BigDecimal totalScore,
        BigDecimal completion,
        BigDecimal actualSales,
        BigDecimal satisfaction) {}
