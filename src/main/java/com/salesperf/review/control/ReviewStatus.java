package com.salesperf.review.control;

/**
 * Where a result stands in the review workflow of SPEC §11. The first four belong to the package a
 * preparer submits for an org scope; the last three to each rep's published result.
 */
public enum ReviewStatus {
    CALCULATED,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    ACKNOWLEDGED,
    APPEALED,
    FINAL;

    /** Whether the rep can see the result: only once HR has published it. */
    public boolean visibleToRep() {
        return compareTo(PUBLISHED) >= 0;
    }
}
