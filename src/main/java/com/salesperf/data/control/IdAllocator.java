package com.salesperf.data.control;

import com.salesperf.platform.control.DatabaseVendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out ids from a table's sequence the way EclipseLink does (a fetched value v covers v-49 …
 * v, the sequences step by 50), so rows written here and by JPA never collide. All blocks a file
 * needs are fetched in one query.
 */
final class IdAllocator {

    static final int BLOCK = 50;

    private final Deque<Long> blocks = new ArrayDeque<>();
    private long next;
    private long last = -1;

    private IdAllocator() {}

    static IdAllocator reserve(Connection connection, String sequence, int count)
            throws SQLException {
        IdAllocator allocator = new IdAllocator();
        int blockCount = (count + BLOCK - 1) / BLOCK;
        if (blockCount == 0) {
            return allocator;
        }
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql(connection, sequence))) {
            statement.setInt(1, blockCount);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    allocator.blocks.add(rows.getLong(1));
                }
            }
        }
        return allocator;
    }

    long next() {
        if (next > last) {
            Long top = blocks.poll();
            if (top == null) {
                throw new IllegalStateException("more ids used than reserved");
            }
            next = top - BLOCK + 1;
            last = top;
        }
        return next++;
    }

    private static String sql(Connection connection, String sequence) throws SQLException {
        return DatabaseVendor.of(connection) == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }
}
