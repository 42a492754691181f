package com.salesperf.review.control;

/** How an improvement plan ended (SPEC §11); an extension keeps it running for another term. */
public enum PlanOutcome {
    PASSED,
    EXTENDED,
    ROLE_CHANGE
}
