package com.salesperf.organization.boundary;

import com.salesperf.organization.entity.OrgUnitKind;
import java.util.List;

/** Head counts of what a caller can see. */
public record ScopeSummary(long activeReps, long regions, long teams) {

    static ScopeSummary of(long reps, List<Object[]> unitsByKind) {
        long regions = 0;
        long teams = 0;
        for (Object[] row : unitsByKind) {
            if (row[0] == OrgUnitKind.REGION) {
                regions = (Long) row[1];
            } else if (row[0] == OrgUnitKind.TEAM) {
                teams = (Long) row[1];
            }
        }
        return new ScopeSummary(reps, regions, teams);
    }
}
