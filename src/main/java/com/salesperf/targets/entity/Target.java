package com.salesperf.targets.entity;

import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.period.entity.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The target 目标 for one measure (sales, newCustomers, …) of one scope in one period. The value in
 * force at period end is the one evaluated; changes during the period go through {@link #adjust}.
 */
@Entity
@Table(name = "target")
@NamedQuery(
        name = "Target.findByEmployee",
        query =
                "SELECT t FROM Target t JOIN FETCH t.period WHERE t.employee.id = :employeeId ORDER BY t.period.startDate DESC, t.measure")
public class Target {

    @Id
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private Period period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetScope scope;

    /** The employee number or org unit code the target is for. */
    @Column(name = "scope_code", nullable = false, length = 40)
    private String scopeCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(nullable = false, length = 40)
    private String measure;

    @Column(name = "target_value", nullable = false)
    private BigDecimal value;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version private long version;

    protected Target() {}

    public static Target forRep(
            Period period, Employee rep, String measure, BigDecimal value, String by, Instant at) {
        Target target =
                new Target(period, TargetScope.REP, rep.getEmployeeNo(), measure, value, by, at);
        target.employee = rep;
        return target;
    }

    public static Target forUnit(
            Period period,
            TargetScope scope,
            OrgUnit unit,
            String measure,
            BigDecimal value,
            String by,
            Instant at) {
        Target target = new Target(period, scope, unit.getCode(), measure, value, by, at);
        target.orgUnit = unit;
        return target;
    }

    private Target(
            Period period,
            TargetScope scope,
            String scopeCode,
            String measure,
            BigDecimal value,
            String by,
            Instant at) {
        this.period = period;
        this.scope = scope;
        this.scopeCode = scopeCode;
        this.measure = measure;
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Changes the value and returns the record of the change; the reason is mandatory. */
    public TargetAdjustment adjust(BigDecimal newValue, String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a target adjustment needs a reason");
        }
        TargetAdjustment adjustment = new TargetAdjustment(this, value, newValue, reason, by, at);
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = at;
        this.acknowledgedAt = null;
        return adjustment;
    }

    public void acknowledge(Instant at) {
        this.acknowledgedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Period getPeriod() {
        return period;
    }

    public TargetScope getScope() {
        return scope;
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getMeasure() {
        return measure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
