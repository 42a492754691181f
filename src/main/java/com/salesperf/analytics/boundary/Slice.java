package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.ScopeSql;
import com.salesperf.organization.control.Visibility;

/**
 * The part of the company a dashboard query aggregates: what the caller may see, narrowed to a
 * region or team when drilling down (a team is matched itself, a region through its teams).
 */
record Slice(Visibility visibility, Long focusUnitId) {

    /** The condition on an employee alias, starting with " AND ". */
    Sql onEmployee(String alias) {
        Sql sql = new Sql().append(" AND " + ScopeSql.on(alias, visibility));
        if (focusUnitId != null) {
            sql.append(
                    " AND ("
                            + alias
                            + ".org_unit_id = ? OR "
                            + alias
                            + ".org_unit_id IN (SELECT fu.id FROM org_unit fu WHERE fu.parent_id = ?))",
                    focusUnitId,
                    focusUnitId);
        }
        return sql;
    }

    /** The condition on an org unit id column (facts booked on units, such as sales cost). */
    Sql onUnit(String column) {
        Sql sql = new Sql().append(" AND " + ScopeSql.onUnit(column, visibility));
        if (focusUnitId != null) {
            sql.append(
                    " AND ("
                            + column
                            + " = ? OR "
                            + column
                            + " IN (SELECT fu.id FROM org_unit fu WHERE fu.parent_id = ?))",
                    focusUnitId,
                    focusUnitId);
        }
        return sql;
    }
}
