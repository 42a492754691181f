package com.salesperf.data.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rows of a valid file into their table with JDBC batches: rows whose key exists are
 * updated, the others inserted with ids from the table's sequence. Inserts go first and in file
 * order, so a row may refer to one defined earlier in the same file. Runs inside the caller's
 * transaction; it never commits.
 */
public final class FactWriter {

    static final int BATCH = 1000;

    /** How many rows were inserted and updated. */
    public record Counts(int inserted, int updated) {}

    private record Existing(long id, Object tracked) {}

    private final Connection connection;
    private final KindSpec spec;

    public FactWriter(Connection connection, KindSpec spec) {
        this.connection = connection;
        this.spec = spec;
    }

    public Counts write(List<TypedRow> rows, Refs refs, ImportContext context) throws SQLException {
        FactTable table = spec.table();
        List<List<Object>> keys = rows.stream().map(r -> spec.key().apply(r, refs)).toList();
        Map<List<Object>, Existing> existing = existing(keys);
        int newRows = (int) keys.stream().filter(k -> !existing.containsKey(k)).count();
        IdAllocator ids = IdAllocator.reserve(connection, table.sequence(), newRows);
        long[] rowIds = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Existing found = existing.get(keys.get(i));
            rowIds[i] = found != null ? found.id() : ids.next();
            if (table.defines() != null) {
                refs.put(
                        table.defines(), rows.get(i).text(spec.identity().get(0)), rowIds[i], null);
            }
        }
        List<WrittenRow> written = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Existing found = existing.get(keys.get(i));
            Map<String, Object> values =
                    new LinkedHashMap<>(spec.values().map(rows.get(i), refs, context));
            values.put("import_batch_id", context.batchId());
            written.add(
                    new WrittenRow(
                            rowIds[i],
                            found == null,
                            found == null ? null : found.tracked(),
                            values));
        }
        insert(written.stream().filter(WrittenRow::inserted).toList());
        update(written.stream().filter(w -> !w.inserted()).toList());
        if (spec.afterWrite() != null) {
            spec.afterWrite().apply(connection, written, context);
        }
        return new Counts(newRows, rows.size() - newRows);
    }

    /** The rows of the table with the file's keys, found by the first key column in bulk. */
    private Map<List<Object>, Existing> existing(List<List<Object>> keys) throws SQLException {
        FactTable table = spec.table();
        Set<Object> firstKeys = new LinkedHashSet<>();
        for (List<Object> key : keys) {
            firstKeys.add(key.get(0));
        }
        List<String> keyColumns = table.keyColumns();
        String tracked = table.trackedColumn() == null ? "NULL" : table.trackedColumn();
        String sql =
                "SELECT id, "
                        + tracked
                        + ", "
                        + String.join(", ", keyColumns)
                        + " FROM "
                        + table.name()
                        + " WHERE "
                        + keyColumns.get(0);
        Map<List<Object>, Existing> found = new HashMap<>();
        InLists.query(
                connection,
                sql,
                firstKeys,
                row -> {
                    List<Object> key = new ArrayList<>(keyColumns.size());
                    for (int i = 0; i < keyColumns.size(); i++) {
                        Object value = row.getObject(3 + i);
                        key.add(
                                value instanceof Number n
                                                && !(value instanceof java.math.BigDecimal)
                                        ? n.longValue()
                                        : value);
                    }
                    found.put(key, new Existing(row.getLong(1), row.getObject(2)));
                });
        return found;
    }

    private void insert(List<WrittenRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> first = withInsertOnly(rows.get(0).values());
        List<String> columns = new ArrayList<>(first.keySet());
        String sql =
                "INSERT INTO "
                        + spec.table().name()
                        + " (id, "
                        + String.join(", ", columns)
                        + ") VALUES (?"
                        + ", ?".repeat(columns.size())
                        + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (WrittenRow row : rows) {
                Map<String, Object> values = withInsertOnly(row.values());
                statement.setLong(1, row.id());
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 2, values.get(columns.get(i)));
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private Map<String, Object> withInsertOnly(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.putAll(spec.table().insertOnly());
        return all;
    }

    private void update(List<WrittenRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).values().keySet());
        String sql =
                "UPDATE "
                        + spec.table().name()
                        + " SET "
                        + String.join(" = ?, ", columns)
                        + " = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (WrittenRow row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.values().get(columns.get(i)));
                }
                statement.setLong(columns.size() + 1, row.id());
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
