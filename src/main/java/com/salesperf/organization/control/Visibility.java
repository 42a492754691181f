package com.salesperf.organization.control;

import java.util.Set;

/**
 * What part of the organisation a caller may see: everything, the org units of a subtree, and
 * always their own records. Queries turn it into a WHERE clause; single reads check it directly.
 */
public record Visibility(boolean everything, Set<Long> unitIds, Long ownEmployeeId) {

    /** Placeholder for an empty IN list, which SQL does not allow; no row has this id. */
    public static final long NO_ID = -1L;

    public Visibility {
        unitIds = Set.copyOf(unitIds);
    }

    public static Visibility all() {
        return new Visibility(true, Set.of(), null);
    }

    public boolean canSee(Long employeeId, Long orgUnitId) {
        return everything
                || (ownEmployeeId != null && ownEmployeeId.equals(employeeId))
                || (orgUnitId != null && unitIds.contains(orgUnitId));
    }

    public boolean canSeeUnit(long orgUnitId) {
        return everything || unitIds.contains(orgUnitId);
    }

    /** The unit ids for a JPQL {@code IN :units} parameter, never empty. */
    public Set<Long> unitIdsForQuery() {
        return unitIds.isEmpty() ? Set.of(NO_ID) : unitIds;
    }

    /** The own employee id for a JPQL parameter, never null. */
    public long ownEmployeeIdForQuery() {
        return ownEmployeeId == null ? NO_ID : ownEmployeeId;
    }
}
