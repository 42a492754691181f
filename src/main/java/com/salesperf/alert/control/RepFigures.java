package com.salesperf.alert.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rep's figures for a rule: the completions of the periods a streak looks at (oldest first) or
 * the value of one stored result.
 */
public record RepFigures(
        long employeeId,
        String employeeNo,
        String name,
        Long orgUnitId,
        List<RepCompletion> completions,
        BigDecimal resultValue) {

    public RepFigures {
        completions = completions == null ? List.of() : List.copyOf(completions);
    }
}
