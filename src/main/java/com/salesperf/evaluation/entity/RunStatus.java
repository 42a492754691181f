package com.salesperf.evaluation.entity;

/** Where a run is in its life. */
public enum RunStatus {
    /** Claimed; the job has not started yet. */
    CLAIMED,
    RUNNING,
    COMPLETED,
    FAILED,
    /** A later run of the same period and scheme replaced this draft; kept as history. */
    SUPERSEDED;

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == SUPERSEDED;
    }
}
