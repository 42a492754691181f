package com.salesperf.review.entity;

import com.salesperf.review.control.ReviewAction;
import com.salesperf.review.control.ReviewStatus;
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

/**
 * One rep's published result in review: the rep acknowledges it or appeals within the window; HR's
 * decision on the appeal makes it final. An upheld appeal raises {@link #getResultVersion()}.
 */
@Entity
@Table(name = "rep_result")
@NamedQuery(
        name = "RepResult.findByEmployee",
        query =
                "SELECT r FROM RepResult r WHERE r.employeeId = :employee ORDER BY r.publishedAt DESC, r.id DESC")
@NamedQuery(
        name = "RepResult.findByPackage",
        query = "SELECT r FROM RepResult r WHERE r.packageId = :package ORDER BY r.employeeId")
public class RepResult {

    @Id
    @SequenceGenerator(
            name = "rep_result_seq",
            sequenceName = "rep_result_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rep_result_seq")
    private Long id;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "appeal_until", nullable = false, updatable = false)
    private Instant appealUntil;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "result_version", nullable = false)
    private int resultVersion;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version private long version;

    protected RepResult() {}

    public RepResult(
            long packageId,
            long runId,
            long employeeId,
            Instant publishedAt,
            Instant appealUntil,
            String by) {
        this.packageId = packageId;
        this.runId = runId;
        this.employeeId = employeeId;
        this.status = ReviewStatus.PUBLISHED;
        this.publishedAt = publishedAt;
        this.appealUntil = appealUntil;
        this.resultVersion = 1;
        this.changedBy = by;
        this.changedAt = publishedAt;
    }

    public boolean appealWindowOpen(Instant now) {
        return now.isBefore(appealUntil);
    }

    /** Records an allowed step (checked by the rules first). */
    public void apply(ReviewAction action, String by, Instant at) {
        status = action.target();
        if (action == ReviewAction.ACKNOWLEDGE) {
            acknowledgedAt = at;
        }
        if (action == ReviewAction.UPHOLD_APPEAL) {
            resultVersion++;
        }
        changedBy = by;
        changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPackageId() {
        return packageId;
    }

    public long getRunId() {
        return runId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getAppealUntil() {
        return appealUntil;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public int getResultVersion() {
        return resultVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
