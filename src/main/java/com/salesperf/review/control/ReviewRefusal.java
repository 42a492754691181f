package com.salesperf.review.control;

/** Why a review step was refused; each has a message in the bundles (review.refused.*). */
public enum ReviewRefusal {
    WRONG_STATE,
    NOT_YOUR_STEP,
    APPROVER_IS_PREPARER,
    TEXT_REQUIRED,
    APPEAL_WINDOW_CLOSED,
    /** The item belongs to a version HR reopened: the period's new run is reviewed instead. */
    VERSION_REOPENED;

    public String messageKey() {
        return "review.refused." + name();
    }
}
