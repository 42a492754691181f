package com.salesperf.data.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A target whose value an import changes gets a {@code target_adjustment} row with the reason
 * "import" (SPEC §5: adjustments keep the old value and a reason), and must be acknowledged again.
 */
final class TargetAdjustments {

    static final String REASON = "import";

    private TargetAdjustments() {}

    static void record(Connection connection, List<WrittenRow> rows, ImportContext context)
            throws SQLException {
        List<WrittenRow> changed = rows.stream().filter(TargetAdjustments::changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        IdAllocator ids = IdAllocator.reserve(connection, "target_adjustment_seq", changed.size());
        try (PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO target_adjustment (id, target_id, old_value, new_value,"
                                        + " reason, adjusted_by, adjusted_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement unacknowledge =
                        connection.prepareStatement(
                                "UPDATE target SET acknowledged_at = NULL WHERE id = ?")) {
            for (WrittenRow target : changed) {
                insert.setLong(1, ids.next());
                insert.setLong(2, target.id());
                insert.setBigDecimal(3, (BigDecimal) target.trackedBefore());
                insert.setBigDecimal(4, (BigDecimal) target.values().get("target_value"));
                insert.setString(5, REASON);
                insert.setString(6, context.username());
                insert.setObject(7, context.at());
                insert.addBatch();
                unacknowledge.setLong(1, target.id());
                unacknowledge.addBatch();
            }
            insert.executeBatch();
            unacknowledge.executeBatch();
        }
    }

    private static boolean changed(WrittenRow row) {
        return !row.inserted()
                && ((BigDecimal) row.trackedBefore())
                                .compareTo((BigDecimal) row.values().get("target_value"))
                        != 0;
    }
}
