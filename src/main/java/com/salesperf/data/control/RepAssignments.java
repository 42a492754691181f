package com.salesperf.data.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the dated org unit history of reps in step with a reps import: a new rep is assigned from
 * the hire date; a rep whose unit changed leaves the old unit and joins the new one on the import
 * day (a move already recorded for that day is corrected instead of doubled).
 */
final class RepAssignments {

    private RepAssignments() {}

    static void maintain(Connection connection, List<WrittenRow> rows, ImportContext context)
            throws SQLException {
        List<WrittenRow> hired = rows.stream().filter(WrittenRow::inserted).toList();
        IdAllocator ids = IdAllocator.reserve(connection, "assignment_seq", rows.size());
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO assignment (id, employee_id, org_unit_id, valid_from, valid_to)"
                                + " VALUES (?, ?, ?, ?, NULL)")) {
            for (WrittenRow rep : hired) {
                add(insert, ids.next(), rep, (LocalDate) rep.values().get("hire_date"));
            }
            LocalDate today = context.at().toLocalDate();
            for (WrittenRow rep : rows) {
                if (!rep.inserted() && moved(rep) && !correctedToday(connection, rep, today)) {
                    endCurrent(connection, rep, today);
                    add(insert, ids.next(), rep, today);
                }
            }
            insert.executeBatch();
        }
    }

    private static boolean moved(WrittenRow rep) {
        Object before = rep.trackedBefore();
        Object after = rep.values().get("org_unit_id");
        return before == null || ((Number) before).longValue() != ((Number) after).longValue();
    }

    private static void add(PreparedStatement insert, long id, WrittenRow rep, LocalDate from)
            throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, rep.id());
        insert.setLong(3, ((Number) rep.values().get("org_unit_id")).longValue());
        insert.setObject(4, from);
        insert.addBatch();
    }

    private static boolean correctedToday(Connection connection, WrittenRow rep, LocalDate today)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE assignment SET org_unit_id = ? WHERE employee_id = ?"
                                + " AND valid_to IS NULL AND valid_from >= ?")) {
            update.setLong(1, ((Number) rep.values().get("org_unit_id")).longValue());
            update.setLong(2, rep.id());
            update.setObject(3, today);
            return update.executeUpdate() > 0;
        }
    }

    private static void endCurrent(Connection connection, WrittenRow rep, LocalDate today)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE assignment SET valid_to = ? WHERE employee_id = ? AND valid_to IS NULL")) {
            update.setObject(1, today);
            update.setLong(2, rep.id());
            update.executeUpdate();
        }
    }
}
