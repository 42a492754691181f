package com.salesperf.alert.entity;

import com.salesperf.period.entity.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A threshold rule 预警规则 an administrator defined; disabled rules are kept, not deleted. */
@Entity
@Table(name = "alert_rule")
@NamedQuery(name = "AlertRule.findAllByCode", query = "SELECT r FROM AlertRule r ORDER BY r.code")
@NamedQuery(
        name = "AlertRule.countByCode",
        query = "SELECT COUNT(r) FROM AlertRule r WHERE r.code = :code")
@NamedQuery(
        name = "AlertRule.findEnabledByPeriodType",
        query =
                "SELECT r FROM AlertRule r WHERE r.enabled = TRUE AND r.periodType = :type"
                        + " ORDER BY r.code")
public class AlertRule {

    @Id
    @SequenceGenerator(
            name = "alert_rule_seq",
            sequenceName = "alert_rule_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_rule_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AlertRuleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 10)
    private PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", length = 16)
    private UnitLevel unitLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ResultMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Direction direction;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(name = "periods_in_row")
    private Integer periodsInRow;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version private long version;

    protected AlertRule() {}

    public AlertRule(String code, String by, Instant at) {
        this.code = code;
        this.enabled = true;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Sets what the rule watches; only the parameters of its kind are kept. */
    public void define(
            String name,
            AlertRuleKind kind,
            PeriodType periodType,
            UnitLevel unitLevel,
            ResultMeasure measure,
            Direction direction,
            BigDecimal threshold,
            Integer periodsInRow) {
        this.name = name;
        this.kind = kind;
        this.periodType = periodType;
        this.unitLevel = kind == AlertRuleKind.UNIT_SALES_CHANGE ? unitLevel : null;
        this.measure = kind == AlertRuleKind.REP_RESULT_THRESHOLD ? measure : null;
        this.direction = kind == AlertRuleKind.REP_RESULT_THRESHOLD ? direction : null;
        this.periodsInRow = kind == AlertRuleKind.REP_COMPLETION_STREAK ? periodsInRow : null;
        this.threshold = threshold;
    }

    public void changedBy(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AlertRuleKind getKind() {
        return kind;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public ResultMeasure getMeasure() {
        return measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public Integer getPeriodsInRow() {
        return periodsInRow;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
