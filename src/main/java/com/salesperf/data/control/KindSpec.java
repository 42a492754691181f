package com.salesperf.data.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything the importer needs to know about one kind: its columns, the file columns that identify
 * a row (for duplicates), its table, how a row maps to the key and the values of that table,
 * cross-column rules, and an optional step after writing (assignments, target adjustments).
 */
public record KindSpec(
        ImportKind kind,
        List<Column> columns,
        List<String> identity,
        FactTable table,
        BiFunction<TypedRow, Refs, List<Object>> key,
        RowMapper values,
        BiConsumer<TypedRow, Problems> rule,
        Function<TypedRow, List<RefUse>> extraRefs,
        AfterWrite afterWrite) {

    /** The table columns of a row (without id and import batch). */
    @FunctionalInterface
    public interface RowMapper {
        Map<String, Object> map(TypedRow row, Refs refs, ImportContext context);
    }

    /** A follow-up step in the same transaction, given every written row of the file. */
    @FunctionalInterface
    public interface AfterWrite {
        void apply(java.sql.Connection connection, List<WrittenRow> rows, ImportContext context)
                throws java.sql.SQLException;
    }

    /** The references a row makes: its reference columns plus the kind's dynamic ones. */
    public List<RefUse> refUses(TypedRow row) {
        List<RefUse> uses = new ArrayList<>();
        for (Column column : columns) {
            if (column.ref() != null && row.has(column.name())) {
                uses.add(
                        new RefUse(
                                column.name(),
                                column.ref(),
                                String.valueOf(row.get(column.name())),
                                null));
            }
        }
        uses.addAll(extraRefs.apply(row));
        return uses;
    }

    public String identityOf(TypedRow row) {
        StringBuilder key = new StringBuilder();
        for (String column : identity) {
            key.append(row.get(column)).append('\u0000');
        }
        return key.toString();
    }
}
