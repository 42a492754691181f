package com.salesperf.targets.control;

import com.salesperf.period.entity.PeriodType;
import com.salesperf.targets.entity.TargetScope;
import java.math.BigDecimal;
import java.time.Instant;

/** A target as lists show it. */
public record TargetRow(
        long id,
        String periodCode,
        PeriodType periodType,
        TargetScope scope,
        String scopeCode,
        String measure,
        BigDecimal value,
        Instant acknowledgedAt) {}
