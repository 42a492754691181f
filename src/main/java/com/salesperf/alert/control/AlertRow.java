package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRuleKind;
import java.math.BigDecimal;
import java.time.Instant;

/** One stored alert for the lists, with how many cause notes it has. */
public record AlertRow(
        long id,
        String ruleCode,
        String ruleName,
        AlertRuleKind kind,
        String periodCode,
        String subjectKey,
        String subjectName,
        BigDecimal observed,
        BigDecimal threshold,
        String detail,
        String notified,
        Instant createdAt,
        long notes) {}
