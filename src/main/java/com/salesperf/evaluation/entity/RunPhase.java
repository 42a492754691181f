package com.salesperf.evaluation.entity;

/** The step of the job a run has reached; a new execution resumes from here. */
public enum RunPhase {
    CLAIMED,
    AGGREGATED,
    SCORED,
    RANKED,
    WRITTEN,
    DONE
}
