package com.salesperf.data.entity;

import com.salesperf.organization.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rep's periodic sales plan: when it was due and when it was submitted (null = not yet). */
@Entity
@Table(name = "plan_submission")
public class PlanSubmission {

    @Id
    @SequenceGenerator(
            name = "plan_submission_seq",
            sequenceName = "plan_submission_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_submission_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Lob
    @Column(name = "content")
    private String content;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected PlanSubmission() {}

    public PlanSubmission(Employee employee, String periodCode, Instant dueAt) {
        this.employee = employee;
        this.periodCode = periodCode;
        this.dueAt = dueAt;
    }

    public void submit(String content, Instant at) {
        this.content = content;
        this.submittedAt = at;
    }

    /** Late when submitted after the due time, or still missing once the due time has passed. */
    public boolean isLateAt(Instant now) {
        return submittedAt != null ? submittedAt.isAfter(dueAt) : now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getContent() {
        return content;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
