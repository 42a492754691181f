package com.salesperf.data.control;

import java.util.List;
import java.util.Map;

/**
 * Where an import kind's rows go: table and id sequence, the columns that identify a row (the
 * upsert key), values set only when a row is first inserted, the column whose old value a follow-up
 * step needs (a rep's org unit, a target's value), and the reference kind the rows define
 * themselves (employees for reps, org units for org-units).
 */
public record FactTable(
        String name,
        String sequence,
        List<String> keyColumns,
        Map<String, Object> insertOnly,
        String trackedColumn,
        RefKind defines) {

    public static FactTable of(String name, String sequence, String... keyColumns) {
        return new FactTable(name, sequence, List.of(keyColumns), Map.of(), null, null);
    }

    public FactTable insertOnly(Map<String, Object> values) {
        return new FactTable(name, sequence, keyColumns, values, trackedColumn, defines);
    }

    public FactTable tracking(String column) {
        return new FactTable(name, sequence, keyColumns, insertOnly, column, defines);
    }

    public FactTable defining(RefKind kind) {
        return new FactTable(name, sequence, keyColumns, insertOnly, trackedColumn, kind);
    }
}
