package com.salesperf.presentation.alert;

import com.salesperf.alert.boundary.AlertRules;
import com.salesperf.alert.control.AlertRuleInput;
import com.salesperf.alert.control.AlertRuleRow;
import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.Direction;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Alert rules 预警规则 for administrators: define a rule of one of the three kinds, change or disable
 * it. The rules are few, so the table holds them all and pages and sorts in the browser's view.
 */
@Named
@ViewScoped
public class AlertRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rules";

    @Inject transient CurrentCaller currentCaller;

    @Inject transient AlertRules alertRules;

    private List<AlertRuleRow> rules = List.of();

    private Long editedId;
    private long editedVersion;
    private String code;
    private String name;
    private AlertRuleKind kind = AlertRuleKind.UNIT_SALES_CHANGE;
    private PeriodType periodType = PeriodType.QUARTER;
    private UnitLevel unitLevel = UnitLevel.REGION;
    private ResultMeasure measure = ResultMeasure.TOTAL_SCORE;
    private Direction direction = Direction.BELOW;
    private BigDecimal threshold;
    private Integer periodsInRow = 2;

    @PostConstruct
    void load() {
        rules = alertRules.list(currentCaller.get());
    }

    public void save() {
        AlertRuleInput input =
                new AlertRuleInput(
                        code,
                        name,
                        kind,
                        periodType,
                        unitLevel,
                        measure,
                        direction,
                        threshold,
                        periodsInRow);
        try {
            if (editedId == null) {
                AlertRuleRow created = alertRules.create(currentCaller.get(), input);
                Messages.info("alerts.rule.created", created.code());
            } else {
                AlertRuleRow saved =
                        alertRules.update(currentCaller.get(), editedId, editedVersion, input);
                Messages.info("alerts.rule.saved", saved.code());
            }
            clear();
            load();
        } catch (BusinessException e) {
            AlertTexts.show(FORM, e);
        }
    }

    public void edit(AlertRuleRow row) {
        editedId = row.id();
        editedVersion = row.version();
        code = row.code();
        name = row.name();
        kind = row.kind();
        periodType = row.periodType();
        unitLevel = row.unitLevel() == null ? UnitLevel.REGION : row.unitLevel();
        measure = row.measure() == null ? ResultMeasure.TOTAL_SCORE : row.measure();
        direction = row.direction() == null ? Direction.BELOW : row.direction();
        threshold = row.threshold() == null ? null : row.threshold().stripTrailingZeros();
        periodsInRow = row.periodsInRow() == null ? 2 : row.periodsInRow();
    }

    /** Disables an enabled rule, enables a disabled one. */
    public void toggle(AlertRuleRow row) {
        try {
            AlertRuleRow changed =
                    alertRules.enable(currentCaller.get(), row.id(), row.version(), !row.enabled());
            Messages.info(
                    changed.enabled() ? "alerts.rule.enabled" : "alerts.rule.disabled",
                    changed.code());
            if (Long.valueOf(row.id()).equals(editedId)) {
                clear();
            }
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    public void clear() {
        editedId = null;
        code = null;
        name = null;
        kind = AlertRuleKind.UNIT_SALES_CHANGE;
        periodType = PeriodType.QUARTER;
        unitLevel = UnitLevel.REGION;
        measure = ResultMeasure.TOTAL_SCORE;
        direction = Direction.BELOW;
        threshold = null;
        periodsInRow = 2;
    }

    public String describe(AlertRuleRow row) {
        return AlertTexts.describe(row);
    }

    public String time(java.time.Instant when) {
        return AlertTexts.time(when);
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public boolean isSalesChange() {
        return kind == AlertRuleKind.UNIT_SALES_CHANGE;
    }

    public boolean isStreak() {
        return kind == AlertRuleKind.REP_COMPLETION_STREAK;
    }

    public boolean isResultThreshold() {
        return kind == AlertRuleKind.REP_RESULT_THRESHOLD;
    }

    public AlertRuleKind[] getKinds() {
        return AlertRuleKind.values();
    }

    public List<PeriodType> getPeriodTypes() {
        return List.of(PeriodType.MONTH, PeriodType.QUARTER);
    }

    public UnitLevel[] getUnitLevels() {
        return UnitLevel.values();
    }

    public ResultMeasure[] getMeasures() {
        return ResultMeasure.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public List<AlertRuleRow> getRules() {
        return rules;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AlertRuleKind getKind() {
        return kind;
    }

    public void setKind(AlertRuleKind kind) {
        this.kind = kind;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public void setUnitLevel(UnitLevel unitLevel) {
        this.unitLevel = unitLevel;
    }

    public ResultMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(ResultMeasure measure) {
        this.measure = measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public Integer getPeriodsInRow() {
        return periodsInRow;
    }

    public void setPeriodsInRow(Integer periodsInRow) {
        this.periodsInRow = periodsInRow;
    }
}
