package com.salesperf.review.control;

import static com.salesperf.review.control.ReviewStatus.ACKNOWLEDGED;
import static com.salesperf.review.control.ReviewStatus.APPEALED;
import static com.salesperf.review.control.ReviewStatus.APPROVED;
import static com.salesperf.review.control.ReviewStatus.CALCULATED;
import static com.salesperf.review.control.ReviewStatus.FINAL;
import static com.salesperf.review.control.ReviewStatus.PUBLISHED;
import static com.salesperf.review.control.ReviewStatus.REOPENED;
import static com.salesperf.review.control.ReviewStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;

/** The steps of the review workflow: from which states each may be taken and where it leads. */
public enum ReviewAction {
    SUBMIT(EnumSet.of(CALCULATED), SUBMITTED, false),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, false),
    REJECT(EnumSet.of(SUBMITTED), CALCULATED, true),
    PUBLISH(EnumSet.of(APPROVED), PUBLISHED, false),
    ACKNOWLEDGE(EnumSet.of(PUBLISHED), ACKNOWLEDGED, false),
    APPEAL(EnumSet.of(PUBLISHED), APPEALED, true),
    /** The appeal succeeded: a new, adjusted version of the result replaces the old one. */
    UPHOLD_APPEAL(EnumSet.of(APPEALED), FINAL, true),
    DISMISS_APPEAL(EnumSet.of(APPEALED), FINAL, true),
    /**
     * HR reopens an approved (or published) package with a reason: it stays readable as it is, and
     * the period's next run is reviewed in new packages (SPEC §8: a new version).
     */
    REOPEN(EnumSet.of(APPROVED, PUBLISHED), REOPENED, true);

    private final Set<ReviewStatus> from;
    private final ReviewStatus to;
    private final boolean needsText;

    ReviewAction(Set<ReviewStatus> from, ReviewStatus to, boolean needsText) {
        this.from = from;
        this.to = to;
        this.needsText = needsText;
    }

    public boolean allowedFrom(ReviewStatus status) {
        return from.contains(status);
    }

    public ReviewStatus target() {
        return to;
    }

    /** Whether a comment, reason, appeal text or decision is mandatory. */
    public boolean needsText() {
        return needsText;
    }
}
