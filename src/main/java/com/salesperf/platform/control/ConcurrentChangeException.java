package com.salesperf.platform.control;

/** Someone else changed the item since the caller loaded it (optimistic locking). */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(String changedBy) {
        super(
                "error.concurrentChange",
                "changed by " + changedBy + " in the meantime; reload and try again",
                changedBy);
    }
}
