package com.salesperf.data.control;

import java.io.Serializable;
import java.time.Instant;

/** A rep's monthly plan as the self-service page lists it. */
public record PlanRow(
        long id, String periodCode, Instant dueAt, Instant submittedAt, String content)
        implements Serializable {

    /** Submitted after the due time, or still missing once it has passed. */
    public boolean lateAt(Instant now) {
        return submittedAt != null ? submittedAt.isAfter(dueAt) : now.isAfter(dueAt);
    }

    public boolean isLate() {
        return lateAt(Instant.now());
    }
}
