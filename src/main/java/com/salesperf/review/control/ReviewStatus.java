package com.salesperf.review.control;

/**
 * Where a result stands in the review workflow of SPEC §11. The first four belong to the package a
 * preparer submits for an org scope; the next three to each rep's published result; REOPENED ends a
 * package's cycle.
 */
public enum ReviewStatus {
    CALCULATED,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    ACKNOWLEDGED,
    APPEALED,
    FINAL,
    /**
     * A package HR reopened after approval: kept readable with its history; the period is reviewed
     * again on a newer run.
     */
    REOPENED;

    /** Whether the rep can see the result: only once HR has published it. */
    public boolean visibleToRep() {
        return this != REOPENED && compareTo(PUBLISHED) >= 0;
    }
}
