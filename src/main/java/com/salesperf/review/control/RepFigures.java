package com.salesperf.review.control;

import java.math.BigDecimal;
import java.util.List;

/** The figures of one rep's stored result that review shows, sums and exports. */
public record RepFigures(
        long employeeId,
        String employeeNo,
        String name,
        String regionCode,
        String teamCode,
        boolean evaluable,
        BigDecimal completionRate,
        BigDecimal totalScore,
        String grade,
        String tierCode,
        BigDecimal bonus,
        String currency,
        List<String> flags,
        String resultHash) {

    public RepFigures {
        flags = List.copyOf(flags);
    }
}
