package com.salesperf.scheme.boundary;

import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.entity.PlanVersion;

/** A stored incentive plan version. */
public record StoredPlan(long id, PlanDefinition definition, String contentHash, boolean frozen) {

    static StoredPlan of(PlanVersion row) {
        return new StoredPlan(row.getId(), row.definition(), row.getContentHash(), row.isFrozen());
    }

    public String code() {
        return definition.code();
    }

    public int version() {
        return definition.version();
    }
}
