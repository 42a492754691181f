package com.salesperf.analytics.control;

import com.salesperf.organization.control.Visibility;
import java.util.stream.Collectors;

/**
 * Turns a caller's {@link Visibility} into a SQL condition on an employee alias, so every dashboard
 * query aggregates only what the caller may see. The ids are numbers from the server, never user
 * text, so writing them into the SQL cannot inject anything.
 */
public final class ScopeSql {

    private ScopeSql() {}

    /** The condition on {@code alias.id} and {@code alias.org_unit_id}; "1 = 1" for everything. */
    public static String on(String alias, Visibility visibility) {
        if (visibility.everything()) {
            return "1 = 1";
        }
        String units =
                visibility.unitIdsForQuery().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
        return "("
                + alias
                + ".org_unit_id IN ("
                + units
                + ") OR "
                + alias
                + ".id = "
                + visibility.ownEmployeeIdForQuery()
                + ")";
    }

    /** The condition for facts booked on org units (sales cost): the visible units only. */
    public static String onUnit(String column, Visibility visibility) {
        if (visibility.everything()) {
            return "1 = 1";
        }
        return column
                + " IN ("
                + visibility.unitIdsForQuery().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "))
                + ")";
    }
}
