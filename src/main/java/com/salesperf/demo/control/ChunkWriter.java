package com.salesperf.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts chunks on one connection with multi-row {@code INSERT ... VALUES} statements in JDBC
 * batches of up to 1,000 rows, and commits each chunk. Multi-row statements are what makes
 * PostgreSQL fast here (one parse and one round trip per hundred rows) without driver-specific
 * options or the COPY API, and H2 accepts the same SQL.
 */
final class ChunkWriter implements AutoCloseable {

    static final int ROWS_PER_BATCH = 1000;

    /**
     * Statement sizes in rows: most rows go out in statements of the largest size; the rest of a
     * table is cut into at most one statement of each smaller size instead of row by row.
     */
    private static final int[] STATEMENT_SIZES = {100, 64, 32, 16, 8, 4, 2, 1};

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ChunkWriter(Connection connection) {
        this.connection = connection;
    }

    void write(Chunk chunk) {
        String table = "?";
        try {
            for (Chunk.TableRows rows : chunk.tables()) {
                table = rows.table();
                insert(rows);
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new DemoDataException(
                    "inserting into " + table + " failed: " + e.getMessage(), e);
        }
    }

    private void insert(Chunk.TableRows table) throws SQLException {
        List<Object[]> rows = table.rows();
        int row = 0;
        for (int size : STATEMENT_SIZES) {
            PreparedStatement statement = null;
            int batched = 0;
            for (; rows.size() - row >= size; row += size) {
                statement = statement(table, size);
                bind(statement, rows.subList(row, row + size));
                batched += size;
                if (batched >= ROWS_PER_BATCH) {
                    statement.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int parameter = 1;
        for (Object[] values : rows) {
            for (Object value : values) {
                statement.setObject(parameter++, value);
            }
        }
        statement.addBatch();
    }

    /** One prepared statement per table and row count, reused for every chunk. */
    private PreparedStatement statement(Chunk.TableRows table, int rows) throws SQLException {
        String key = table.table() + '/' + rows;
        PreparedStatement statement = statements.get(key);
        if (statement == null) {
            statement = connection.prepareStatement(insertSql(table, rows));
            statements.put(key, statement);
        }
        return statement;
    }

    private static String insertSql(Chunk.TableRows table, int rows) {
        String row = "(" + String.join(",", Collections.nCopies(table.columns().size(), "?")) + ")";
        return "INSERT INTO "
                + table.table()
                + " ("
                + String.join(", ", table.columns())
                + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the insert failure is what the caller needs to see
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // statements of a finished generation: nothing left to protect
            }
        }
    }
}
