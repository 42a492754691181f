package com.salesperf.review.entity;

import com.salesperf.review.control.PlanOutcome;
import com.salesperf.review.control.PlanStatus;
import com.salesperf.review.control.PlanTerm;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * An improvement plan 改进计划 for a rep a run flagged: drafted automatically, goals filled in by the
 * manager, approved by HR for three months, check-ins along the way, and an outcome.
 */
@Entity
@Table(name = "improvement_plan")
@NamedQuery(
        name = "ImprovementPlan.findByRunAndEmployee",
        query = "SELECT p FROM ImprovementPlan p WHERE p.runId = :run AND p.employeeId = :employee")
@NamedQuery(
        name = "ImprovementPlan.findByEmployee",
        query = "SELECT p FROM ImprovementPlan p WHERE p.employeeId = :employee ORDER BY p.id DESC")
public class ImprovementPlan {

    @Id
    @SequenceGenerator(
            name = "improvement_plan_seq",
            sequenceName = "improvement_plan_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_plan_seq")
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "period_code", nullable = false, updatable = false)
    private String periodCode;

    @Column(name = "trigger_flag", nullable = false, updatable = false)
    private String triggerFlag;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    private String owner;

    private String goals;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private PlanOutcome outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version private long version;

    protected ImprovementPlan() {}

    public ImprovementPlan(
            long employeeId,
            long runId,
            String periodCode,
            String triggerFlag,
            String by,
            Instant at) {
        this.employeeId = employeeId;
        this.runId = runId;
        this.periodCode = periodCode;
        this.triggerFlag = triggerFlag;
        this.status = PlanStatus.DRAFT;
        this.createdAt = at;
        touch(by, at);
    }

    /** The manager writes the goals (again after HR sent them back) and asks HR to approve. */
    public void submitGoals(String goals, String by, Instant at) {
        this.goals = goals.strip();
        this.owner = by;
        this.status = PlanStatus.PENDING_APPROVAL;
        touch(by, at);
    }

    /** HR approves: the three-month term starts on {@code start}. */
    public void approve(LocalDate start, String by, Instant at) {
        this.status = PlanStatus.ACTIVE;
        this.startDate = start;
        this.endDate = PlanTerm.endOf(start);
        this.approvedBy = by;
        this.approvedAt = at;
        touch(by, at);
    }

    /** An extension keeps the plan running for another term; the other outcomes close it. */
    public void conclude(PlanOutcome outcome, String note, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeNote = note.strip();
        if (outcome == PlanOutcome.EXTENDED) {
            this.endDate = PlanTerm.extend(endDate);
        } else {
            this.status = PlanStatus.CLOSED;
        }
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public long getRunId() {
        return runId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getTriggerFlag() {
        return triggerFlag;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getOwner() {
        return owner;
    }

    public String getGoals() {
        return goals;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PlanOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
