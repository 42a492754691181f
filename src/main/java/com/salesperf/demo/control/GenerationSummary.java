package com.salesperf.demo.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation did: rows written per table (in insertion order of the tables) and how long it
 * took, or why nothing was written.
 */
public record GenerationSummary(
        boolean generated, String message, Map<String, Long> rowCounts, long elapsedMillis) {

    public GenerationSummary {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    static GenerationSummary refused(String reason) {
        return new GenerationSummary(false, reason, Map.of(), 0);
    }

    public long rowCount(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A multi-line report for the console. */
    public String report() {
        StringBuilder text = new StringBuilder(message).append(System.lineSeparator());
        rowCounts.forEach(
                (table, rows) -> text.append(String.format("  %-20s %,12d%n", table, rows)));
        return text.append(
                        String.format(
                                "  %-20s %,12d rows in %,d ms%n",
                                "total", totalRows(), elapsedMillis))
                .toString();
    }
}
