package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.control.InvalidFieldException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an administrator enters for an alert rule, checked field by field before anything is stored,
 * so the page can show each problem next to its input.
 */
public record AlertRuleInput(
        String code,
        String name,
        AlertRuleKind kind,
        PeriodType periodType,
        UnitLevel unitLevel,
        ResultMeasure measure,
        Direction direction,
        BigDecimal threshold,
        Integer periodsInRow) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PERIODS_IN_ROW = 12;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]{1,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

    public AlertRuleInput {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? null : name.strip();
    }

    /** Throws for the first field that is wrong; returns this input when all are right. */
    public AlertRuleInput validated() {
        if (code == null || code.isEmpty()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidFieldException("code", "alerts.rule.error.code");
        }
        if (name == null || name.isEmpty()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidFieldException("name", "validation.maxLength", MAX_NAME);
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "validation.required");
        }
        if (periodType != PeriodType.MONTH && periodType != PeriodType.QUARTER) {
            throw new InvalidFieldException("periodType", "alerts.rule.error.periodType");
        }
        if (threshold == null) {
            throw new InvalidFieldException("threshold", "validation.required");
        }
        if (threshold.scale() > 4 || threshold.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException("threshold", "alerts.rule.error.threshold");
        }
        switch (kind) {
            case UNIT_SALES_CHANGE -> checkSalesChange();
            case REP_COMPLETION_STREAK -> checkStreak();
            case REP_RESULT_THRESHOLD -> checkResultThreshold();
        }
        return this;
    }

    private void checkSalesChange() {
        if (unitLevel == null) {
            throw new InvalidFieldException("unitLevel", "validation.required");
        }
        // A fall of more than 100 % is impossible and a rule at 0 or above would fire on growth.
        if (threshold.signum() >= 0 || threshold.compareTo(HUNDRED.negate()) < 0) {
            throw new InvalidFieldException("threshold", "alerts.rule.error.changeThreshold");
        }
    }

    private void checkStreak() {
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new InvalidFieldException("threshold", "alerts.rule.error.baseline");
        }
        if (periodsInRow == null) {
            throw new InvalidFieldException("periodsInRow", "validation.required");
        }
        if (periodsInRow < 1 || periodsInRow > MAX_PERIODS_IN_ROW) {
            throw new InvalidFieldException(
                    "periodsInRow", "alerts.rule.error.periodsInRow", 1, MAX_PERIODS_IN_ROW);
        }
    }

    private void checkResultThreshold() {
        if (measure == null) {
            throw new InvalidFieldException("measure", "validation.required");
        }
        if (direction == null) {
            throw new InvalidFieldException("direction", "validation.required");
        }
    }
}
