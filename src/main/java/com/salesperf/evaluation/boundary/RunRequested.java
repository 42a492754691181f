package com.salesperf.evaluation.boundary;

/**
 * Fired synchronously before an administrator's run of a period (not a preview) or a scheduled
 * close is claimed. Components that keep the period's results may refuse the run by throwing a
 * business exception: review refuses a period whose results HR approved and has not reopened (SPEC
 * §8). Evaluation itself knows nothing of review.
 */
public record RunRequested(String periodCode, String schemeCode, String requestedBy) {}
