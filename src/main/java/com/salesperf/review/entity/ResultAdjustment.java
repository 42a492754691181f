package com.salesperf.review.entity;

import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.AdjustmentRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A manual change of one figure of a rep's result, with its reason. The immutable result row stays
 * as computed; the figure's value before this change is kept here. Never updated: a newer value of
 * the same figure is a new row that {@link #getSupersedesId() supersedes} this one.
 */
@Entity
@Table(name = "result_adjustment")
@NamedQuery(
        name = "ResultAdjustment.findByRep",
        query =
                "SELECT a FROM ResultAdjustment a WHERE a.runId = :run AND a.employeeId = :employee"
                        + " ORDER BY a.adjustedAt, a.id")
@NamedQuery(
        name = "ResultAdjustment.findByRun",
        query = "SELECT a FROM ResultAdjustment a WHERE a.runId = :run ORDER BY a.adjustedAt, a.id")
public class ResultAdjustment {

    @Id
    @SequenceGenerator(
            name = "result_adjustment_seq",
            sequenceName = "result_adjustment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_adjustment_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "package_id", updatable = false)
    private Long packageId;

    @Column(name = "appeal_id", updatable = false)
    private Long appealId;

    @Column(name = "supersedes_id", updatable = false)
    private Long supersedesId;

    @Column(name = "result_version", nullable = false, updatable = false)
    private int resultVersion;

    @Column(nullable = false, updatable = false)
    private String field;

    @Column(name = "original_value", updatable = false)
    private String originalValue;

    @Column(name = "adjusted_value", nullable = false, updatable = false)
    private String adjustedValue;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "adjusted_by", nullable = false, updatable = false)
    private String adjustedBy;

    @Column(name = "adjusted_at", nullable = false, updatable = false)
    private Instant adjustedAt;

    protected ResultAdjustment() {}

    /**
     * @param supersedesId the adjustment of the same figure this one replaces, or null
     * @param originalValue the figure's value before this change
     */
    public ResultAdjustment(
            long runId,
            long employeeId,
            Long packageId,
            Long appealId,
            Long supersedesId,
            int resultVersion,
            String field,
            String originalValue,
            String adjustedValue,
            String reason,
            String by,
            Instant at) {
        this.runId = runId;
        this.employeeId = employeeId;
        this.packageId = packageId;
        this.appealId = appealId;
        this.supersedesId = supersedesId;
        this.resultVersion = resultVersion;
        this.field = field;
        this.originalValue = originalValue;
        this.adjustedValue = adjustedValue;
        this.reason = reason.strip();
        this.adjustedBy = by;
        this.adjustedAt = at;
    }

    public AdjustmentRow row() {
        return new AdjustmentRow(
                id,
                runId,
                employeeId,
                AdjustableFigure.valueOf(field),
                originalValue,
                adjustedValue,
                reason,
                adjustedBy,
                adjustedAt,
                resultVersion,
                appealId,
                supersedesId);
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public Long getPackageId() {
        return packageId;
    }

    public Long getAppealId() {
        return appealId;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public int getResultVersion() {
        return resultVersion;
    }

    public String getField() {
        return field;
    }

    public String getOriginalValue() {
        return originalValue;
    }

    public String getAdjustedValue() {
        return adjustedValue;
    }

    public String getReason() {
        return reason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }
}
