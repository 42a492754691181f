package com.salesperf.alert.control;

import java.math.BigDecimal;

/**
 * What a rule found about one subject in one period, before it is stored. subjectKey is the org
 * unit code or the employee number; orgUnitId decides who may see the alert.
 */
public record AlertHit(
        long ruleId,
        String periodCode,
        String subjectKey,
        String subjectName,
        Long orgUnitId,
        Long employeeId,
        BigDecimal observed,
        String detail) {}
