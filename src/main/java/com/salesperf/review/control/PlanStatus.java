package com.salesperf.review.control;

/**
 * Where an improvement plan stands: a draft from the run, goals submitted by the manager, approved
 * by HR and running, or closed with an outcome.
 */
public enum PlanStatus {
    DRAFT,
    PENDING_APPROVAL,
    ACTIVE,
    CLOSED
}
