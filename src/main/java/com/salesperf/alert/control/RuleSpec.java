package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRule;
import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.entity.PeriodType;
import java.math.BigDecimal;

/** The parameters of a stored rule, detached from JPA, for the plain-Java evaluation. */
public record RuleSpec(
        long id,
        String code,
        AlertRuleKind kind,
        PeriodType periodType,
        UnitLevel unitLevel,
        ResultMeasure measure,
        Direction direction,
        BigDecimal threshold,
        int periodsInRow) {

    public static RuleSpec of(AlertRule rule) {
        return new RuleSpec(
                rule.getId(),
                rule.getCode(),
                rule.getKind(),
                rule.getPeriodType(),
                rule.getUnitLevel(),
                rule.getMeasure(),
                rule.getDirection(),
                rule.getThreshold(),
                rule.getPeriodsInRow() == null ? 1 : rule.getPeriodsInRow());
    }
}
