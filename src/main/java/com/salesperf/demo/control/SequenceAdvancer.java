package com.salesperf.demo.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Moves each table's sequence past the ids the generator assigned. EclipseLink fetches a value v
 * from a sequence incremented by 50 and uses v-49..v, so the restart value must be a multiple of 50
 * with v-49 above the largest used id: the smallest multiple of 50 strictly above max+50.
 */
final class SequenceAdvancer {

    private static final long ALLOCATION_SIZE = 50;

    private SequenceAdvancer() {}

    static long restartValue(long maxUsedId) {
        return ((maxUsedId + ALLOCATION_SIZE) / ALLOCATION_SIZE + 1) * ALLOCATION_SIZE;
    }

    /** Tables without generated rows keep their sequence as Flyway created it. */
    static void advance(Connection connection, Map<String, Long> lastIds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : DemoTables.sequencedTables()) {
                long maxId = lastIds.getOrDefault(table, 0L);
                if (maxId > 0) {
                    statement.execute(
                            "ALTER SEQUENCE " + table + "_seq RESTART WITH " + restartValue(maxId));
                }
            }
        }
    }
}
