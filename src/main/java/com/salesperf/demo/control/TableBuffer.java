package com.salesperf.demo.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows of one table until the next chunk is sealed, and hands out the table's ids in
 * generation order, so rows can reference each other before anything reaches the database and the
 * ids do not depend on which connection inserts them.
 */
final class TableBuffer {

    private final String table;
    private final List<String> columns;
    private List<Object[]> rows = new ArrayList<>();
    private long lastId;
    private long rowCount;

    TableBuffer(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    long nextId() {
        return ++lastId;
    }

    long lastId() {
        return lastId;
    }

    /** Rows added since generation started. */
    long rowCount() {
        return rowCount;
    }

    int bufferedRows() {
        return rows.size();
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    table
                            + " has "
                            + columns.size()
                            + " columns, got "
                            + values.length
                            + " values");
        }
        rows.add(values);
        rowCount++;
    }

    /** The buffered rows, leaving the buffer empty. */
    List<Object[]> drain() {
        List<Object[]> drained = rows;
        rows = new ArrayList<>();
        return drained;
    }
}
