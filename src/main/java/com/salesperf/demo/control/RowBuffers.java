package com.salesperf.demo.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@link TableBuffer} per generated table, in foreign-key order; sealed into chunks. */
final class RowBuffers {

    /** About twenty JDBC batches of 1,000 rows: one commit per chunk. */
    static final int CHUNK_ROWS = 20_000;

    private final List<TableBuffer> buffersInForeignKeyOrder;
    private final Map<String, TableBuffer> buffersByTable = new LinkedHashMap<>();
    private int bufferedRows;

    RowBuffers(List<TableBuffer> buffersInForeignKeyOrder) {
        this.buffersInForeignKeyOrder = List.copyOf(buffersInForeignKeyOrder);
        buffersInForeignKeyOrder.forEach(buffer -> buffersByTable.put(buffer.table(), buffer));
    }

    long nextId(String table) {
        return buffer(table).nextId();
    }

    void add(String table, Object... values) {
        buffer(table).add(values);
        bufferedRows++;
    }

    boolean chunkIsFull() {
        return bufferedRows >= CHUNK_ROWS;
    }

    /** Everything buffered so far, as one chunk; the buffers start empty again. */
    Chunk seal() {
        List<Chunk.TableRows> tables = new ArrayList<>();
        for (TableBuffer buffer : buffersInForeignKeyOrder) {
            if (buffer.bufferedRows() > 0) {
                tables.add(new Chunk.TableRows(buffer.table(), buffer.columns(), buffer.drain()));
            }
        }
        bufferedRows = 0;
        return new Chunk(tables);
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        buffersInForeignKeyOrder.forEach(buffer -> counts.put(buffer.table(), buffer.rowCount()));
        return counts;
    }

    Map<String, Long> lastIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        buffersInForeignKeyOrder.forEach(buffer -> ids.put(buffer.table(), buffer.lastId()));
        return ids;
    }

    private TableBuffer buffer(String table) {
        TableBuffer buffer = buffersByTable.get(table);
        if (buffer == null) {
            throw new IllegalArgumentException("no buffer for table " + table);
        }
        return buffer;
    }
}
