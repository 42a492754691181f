package com.salesperf.audit.control;

/**
 * One stored result or run that failed verification.
 *
 * @param employeeNo null when the problem is the run's own hash
 */
public record ResultProblem(long runId, String employeeNo, Kind kind) {

    public enum Kind {
        /** The stored text no longer has the stored SHA-256. */
        RECORD_HASH,
        /** The stored text is not the JSON it was. */
        RECORD_UNREADABLE,
        /** A figure column differs from the hashed record. */
        COLUMNS_DIFFER,
        /**
         * The run hash is not the hash over its results' hashes (a result changed, added or lost).
         */
        RUN_HASH
    }
}
