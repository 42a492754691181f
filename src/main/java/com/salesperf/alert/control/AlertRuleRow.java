package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.entity.PeriodType;
import java.math.BigDecimal;
import java.time.Instant;

/** An alert rule as the administration page shows and edits it. */
public record AlertRuleRow(
        long id,
        String code,
        String name,
        AlertRuleKind kind,
        PeriodType periodType,
        UnitLevel unitLevel,
        ResultMeasure measure,
        Direction direction,
        BigDecimal threshold,
        Integer periodsInRow,
        boolean enabled,
        String updatedBy,
        Instant updatedAt,
        long version) {}
