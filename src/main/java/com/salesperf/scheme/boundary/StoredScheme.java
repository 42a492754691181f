package com.salesperf.scheme.boundary;

import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.entity.SchemeVersion;

/**
 * A stored scheme version as the rest of the portal sees it.
 *
 * @param id the row id of this version (what runs and results refer to)
 * @param planCode the incentive plan used with this scheme unless a run names another
 */
public record StoredScheme(
        long id,
        SchemeDefinition definition,
        String contentHash,
        boolean frozen,
        String planCode,
        Population population) {

    static StoredScheme of(SchemeVersion row) {
        return new StoredScheme(
                row.getId(),
                row.definition(),
                row.getContentHash(),
                row.isFrozen(),
                row.getPlanCode(),
                row.population());
    }

    public String code() {
        return definition.code();
    }

    public int version() {
        return definition.version();
    }
}
