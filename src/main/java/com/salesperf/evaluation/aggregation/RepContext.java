package com.salesperf.evaluation.aggregation;

import java.math.BigDecimal;

/**
 * Who a rep was in a period: the unit of the assignment in force at the period's end (or the last
 * one that overlapped it) and the base bonus for the period's type.
 *
 * @param regionCode null when the unit has no region above it
 * @param teamCode null when the rep was assigned directly to a region
 */
public record RepContext(
        long employeeId,
        String employeeNo,
        String name,
        String regionCode,
        String teamCode,
        BigDecimal baseBonus) {}
