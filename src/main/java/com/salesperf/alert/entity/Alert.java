package com.salesperf.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One hit of a rule 预警: a subject (an org unit or a rep) in a period. Stored once per rule, subject
 * and period; never changed afterwards.
 */
@Entity
@Table(name = "alert")
@NamedQuery(
        name = "Alert.countByKey",
        query =
                "SELECT COUNT(a) FROM Alert a WHERE a.rule.id = :rule AND a.subjectKey = :subject"
                        + " AND a.periodCode = :period")
public class Alert {

    public static final int MAX_DETAIL = 300;

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false)
    private AlertRule rule;

    @Column(name = "period_code", nullable = false, length = 10)
    private String periodCode;

    @Column(name = "subject_key", nullable = false, length = 40)
    private String subjectKey;

    @Column(name = "subject_name", nullable = false, length = 100)
    private String subjectName;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal observed;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    @Column(nullable = false, length = MAX_DETAIL)
    private String detail;

    /** The usernames the alert was sent to, comma-separated. */
    @Column(length = 300)
    private String notified;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Alert() {}

    public Alert(
            AlertRule rule,
            String periodCode,
            String subjectKey,
            String subjectName,
            Long orgUnitId,
            Long employeeId,
            BigDecimal observed,
            String detail,
            Instant createdAt) {
        this.rule = rule;
        this.periodCode = periodCode;
        this.subjectKey = subjectKey;
        this.subjectName = subjectName;
        this.orgUnitId = orgUnitId;
        this.employeeId = employeeId;
        this.observed = observed;
        this.threshold = rule.getThreshold();
        this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        this.createdAt = createdAt;
    }

    public void sentTo(String usernames) {
        this.notified =
                usernames == null || usernames.length() <= 300
                        ? usernames
                        : usernames.substring(0, 300);
    }

    /** A rep may only write about an alert that concerns them. */
    public boolean concerns(Long employee) {
        return employee != null && employee.equals(employeeId);
    }

    public Long getId() {
        return id;
    }

    public AlertRule getRule() {
        return rule;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public BigDecimal getObserved() {
        return observed;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getDetail() {
        return detail;
    }

    public String getNotified() {
        return notified;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
