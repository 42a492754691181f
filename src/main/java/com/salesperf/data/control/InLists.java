package com.salesperf.data.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Runs a query with {@code IN (?, …)} over many values in chunks of a thousand, so looking up the
 * references of a 100,000-row file costs a few hundred queries at most, never one per row.
 */
final class InLists {

    static final int CHUNK = 1000;

    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private InLists() {}

    /** Runs {@code selectFrom + " IN (…)"} for every chunk of the values. */
    static void query(
            Connection connection, String selectWhereIn, Collection<?> values, RowHandler handler)
            throws SQLException {
        List<?> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql =
                    selectWhereIn
                            + " IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?"))
                            + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.accept(rows);
                    }
                }
            }
        }
    }
}
