package com.salesperf.data.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Loads the ids behind a file's external names in bulk: employees, customers, orders, units,
 * periods.
 */
public final class ReferenceLookup {

    private ReferenceLookup() {}

    public static Refs load(Connection connection, Map<RefKind, Set<String>> needs)
            throws SQLException {
        Refs refs = new Refs();
        for (Map.Entry<RefKind, Set<String>> need : needs.entrySet()) {
            RefKind kind = need.getKey();
            InLists.query(
                    connection,
                    select(kind),
                    need.getValue(),
                    row -> refs.put(kind, row.getString(1), row.getLong(2), row.getObject(3)));
        }
        return refs;
    }

    private static String select(RefKind kind) {
        return switch (kind) {
            case EMPLOYEE -> "SELECT employee_no, id, NULL FROM employee WHERE employee_no";
            case CUSTOMER -> "SELECT external_id, id, NULL FROM customer WHERE external_id";
            case SALE -> "SELECT external_id, id, employee_id FROM sale WHERE external_id";
            case ORG_UNIT -> "SELECT code, id, kind FROM org_unit WHERE code";
            case PERIOD -> "SELECT code, id, NULL FROM period WHERE code";
        };
    }
}
