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
 * The results of one run for one org scope as they move through review: a preparer submits them, HR
 * approves (never the preparer) or rejects with a comment, then publishes. The caller has been
 * checked by {@code ReviewRules} before {@link #apply} records the step.
 */
@Entity
@Table(name = "review_package")
@NamedQuery(
        name = "ReviewPackage.findByRunAndUnit",
        query = "SELECT p FROM ReviewPackage p WHERE p.runId = :run AND p.orgUnitId = :unit")
@NamedQuery(
        name = "ReviewPackage.findReopenableOfRun",
        query =
                "SELECT p FROM ReviewPackage p WHERE p.runId = :run AND p.status IN"
                        + " (com.salesperf.review.control.ReviewStatus.APPROVED,"
                        + " com.salesperf.review.control.ReviewStatus.PUBLISHED) ORDER BY p.id")
@NamedQuery(
        name = "ReviewPackage.findByRun",
        query = "SELECT p FROM ReviewPackage p WHERE p.runId = :run ORDER BY p.id")
public class ReviewPackage {

    @Id
    @SequenceGenerator(
            name = "review_package_seq",
            sequenceName = "review_package_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_package_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "period_code", nullable = false, updatable = false)
    private String periodCode;

    @Column(name = "org_unit_id", nullable = false, updatable = false)
    private long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Who last rejected or approved: the reviewer of the signature block. */
    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "last_comment")
    private String lastComment;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version private long version;

    protected ReviewPackage() {}

    public ReviewPackage(long runId, String periodCode, long orgUnitId, String by, Instant at) {
        this.runId = runId;
        this.periodCode = periodCode;
        this.orgUnitId = orgUnitId;
        this.status = ReviewStatus.CALCULATED;
        this.openedBy = by;
        this.openedAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Records an allowed step; returns the step row to keep in the history. */
    public ReviewStep apply(ReviewAction action, String by, String comment, Instant at) {
        ReviewStatus from = status;
        status = action.target();
        switch (action) {
            case SUBMIT -> {
                preparedBy = by;
                submittedAt = at;
            }
            case REJECT -> reviewedBy = by;
            case APPROVE -> {
                reviewedBy = by;
                approvedBy = by;
                approvedAt = at;
            }
            case PUBLISH -> {
                publishedBy = by;
                publishedAt = at;
            }
            case REOPEN -> {
                reopenedBy = by;
                reopenedAt = at;
                reopenReason = comment.strip();
            }
            default -> {}
        }
        if (comment != null && !comment.isBlank()) {
            lastComment = comment.strip();
        }
        changedBy = by;
        changedAt = at;
        return new ReviewStep(id, action, by, at, from, status, comment);
    }

    /** Adjustments are made by the preparer before submission only. */
    public boolean isOpenForAdjustment() {
        return status == ReviewStatus.CALCULATED;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public long getOrgUnitId() {
        return orgUnitId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getLastComment() {
        return lastComment;
    }

    /** Whether HR reopened this package: it is history now, kept readable. */
    public boolean isReopened() {
        return status == ReviewStatus.REOPENED;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
