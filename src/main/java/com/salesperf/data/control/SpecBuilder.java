package com.salesperf.data.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Assembles a {@link KindSpec} step by step; the defaults fit the kinds keyed by external id. */
final class SpecBuilder {

    private final ImportKind kind;
    private final List<Column> columns = new ArrayList<>();
    private List<String> identity;
    private FactTable table;
    private BiFunction<TypedRow, Refs, List<Object>> key;
    private KindSpec.RowMapper values;
    private BiConsumer<TypedRow, Problems> rule = (row, problems) -> {};
    private Function<TypedRow, List<RefUse>> extraRefs = row -> List.of();
    private KindSpec.AfterWrite afterWrite;

    SpecBuilder(ImportKind kind) {
        this.kind = kind;
    }

    SpecBuilder columns(Column... list) {
        columns.addAll(List.of(list));
        return this;
    }

    /** Rows are identified by the first column alone, stored in the table's external id column. */
    SpecBuilder table(FactTable target) {
        this.table = target;
        return this;
    }

    SpecBuilder identity(String... fileColumns) {
        this.identity = List.of(fileColumns);
        return this;
    }

    SpecBuilder key(BiFunction<TypedRow, Refs, List<Object>> function) {
        this.key = function;
        return this;
    }

    SpecBuilder values(KindSpec.RowMapper mapper) {
        this.values = mapper;
        return this;
    }

    SpecBuilder rule(BiConsumer<TypedRow, Problems> check) {
        this.rule = check;
        return this;
    }

    SpecBuilder extraRefs(Function<TypedRow, List<RefUse>> function) {
        this.extraRefs = function;
        return this;
    }

    SpecBuilder afterWrite(KindSpec.AfterWrite step) {
        this.afterWrite = step;
        return this;
    }

    KindSpec build() {
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.equals(kind.columns())) {
            throw new IllegalStateException(kind + " columns differ from its header: " + names);
        }
        String first = names.get(0);
        List<String> ids = identity != null ? identity : List.of(first);
        BiFunction<TypedRow, Refs, List<Object>> keys =
                key != null ? key : (row, refs) -> List.of(row.text(first));
        return new KindSpec(
                kind, List.copyOf(columns), ids, table, keys, values, rule, extraRefs, afterWrite);
    }
}
