package com.salesperf.demo.control;

import java.util.List;

/**
 * Rows of several tables that go into the database in one transaction, tables in foreign-key order.
 * A chunk holds whole reps (a rep's customers are referenced only by that rep's facts), so chunks
 * are independent of each other once the organisation is committed and can be inserted on several
 * connections at once.
 */
record Chunk(List<TableRows> tables) {

    /** The rows of one table within a chunk. */
    record TableRows(String table, List<String> columns, List<Object[]> rows) {}

    int rowCount() {
        return tables.stream().mapToInt(table -> table.rows().size()).sum();
    }
}
