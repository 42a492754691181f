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
import java.time.Instant;

/** One step taken on a review package, with its comment; never changed afterwards. */
@Entity
@Table(name = "review_step")
@NamedQuery(
        name = "ReviewStep.findByPackage",
        query = "SELECT s FROM ReviewStep s WHERE s.packageId = :package ORDER BY s.actedAt, s.id")
public class ReviewStep {

    @Id
    @SequenceGenerator(
            name = "review_step_seq",
            sequenceName = "review_step_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_step_seq")
    private Long id;

    @Column(name = "package_id", nullable = false, updatable = false)
    private Long packageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewAction action;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    private ReviewStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ReviewStatus toStatus;

    @Column(name = "comment_text", updatable = false)
    private String comment;

    protected ReviewStep() {}

    ReviewStep(
            Long packageId,
            ReviewAction action,
            String actor,
            Instant actedAt,
            ReviewStatus fromStatus,
            ReviewStatus toStatus,
            String comment) {
        this.packageId = packageId;
        this.action = action;
        this.actor = actor;
        this.actedAt = actedAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Long getId() {
        return id;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public ReviewStatus getFromStatus() {
        return fromStatus;
    }

    public ReviewStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
