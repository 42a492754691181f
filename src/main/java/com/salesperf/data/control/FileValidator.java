package com.salesperf.data.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole file against its kind: the exact header, every cell, the cross-column rules,
 * duplicate ids, and every reference (looked up in bulk through {@code lookup}). Either every row
 * is valid and the typed rows come back, or the file is refused with every problem found.
 */
public final class FileValidator {

    /** The rows of a valid file and the ids their references resolve to. */
    public record Valid(List<TypedRow> rows, Refs refs) {}

    private final KindSpec spec;
    private final Function<Map<RefKind, Set<String>>, Refs> lookup;
    private final Problems problems = new Problems();

    public FileValidator(KindSpec spec, Function<Map<RefKind, Set<String>>, Refs> lookup) {
        this.spec = spec;
        this.lookup = lookup;
    }

    public Valid validate(RawTable table) {
        checkHeader(table.header());
        if (table.rows().isEmpty()) {
            throw ImportRefusedException.ofFile(422, "import.error.empty");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < spec.columns().size(); i++) {
            index.put(spec.columns().get(i).name(), i);
        }
        // every row is checked to the end, references included, even when a cell already failed:
        // the user gets every problem of the file in one go
        List<TypedRow> rows = new ArrayList<>(table.rows().size());
        for (RawTable.Row raw : table.rows()) {
            rows.add(parse(raw, index));
        }
        checkDuplicates(rows);
        Refs refs = lookup.apply(needs(rows));
        checkReferences(rows, refs);
        problems.refuseIfAny();
        return new Valid(rows, refs);
    }

    private void checkHeader(List<String> header) {
        List<String> found =
                new ArrayList<>(header.stream().map(FileValidator::normalize).toList());
        while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
            found.remove(found.size() - 1);
        }
        if (!found.equals(spec.kind().columns())) {
            throw ImportRefusedException.ofFile(
                    422,
                    "import.error.header",
                    spec.kind().headerLine(),
                    found.isEmpty() ? "-" : String.join(",", found));
        }
    }

    private static String normalize(String cell) {
        String text = cell == null ? "" : cell.trim();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The typed row (null values where cells failed); the cross-column rules run only on a row
     * whose cells are all valid. Problems are recorded.
     */
    private TypedRow parse(RawTable.Row raw, Map<String, Integer> index) {
        int before = problems.size();
        List<Column> columns = spec.columns();
        for (int i = columns.size(); i < raw.cells().size(); i++) {
            if (!raw.cell(i).isBlank()) {
                problems.add(raw.number(), "", "import.error.extraCells", columns.size(), i + 1);
                break;
            }
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            values[i] = cell(raw, i, columns.get(i));
        }
        TypedRow row = new TypedRow(raw.number(), index, values);
        if (problems.size() == before) {
            spec.rule().accept(row, problems);
        }
        return row;
    }

    private Object cell(RawTable.Row raw, int i, Column column) {
        String text = raw.cell(i).strip();
        if (text.isEmpty()) {
            if (column.required()) {
                problems.add(raw.number(), column.name(), "import.error.required");
            }
            return null;
        }
        try {
            return column.type().parse(text);
        } catch (CellProblem problem) {
            problems.add(raw.number(), column.name(), problem.code(), problem.arguments());
            return null;
        }
    }

    private void checkDuplicates(List<TypedRow> rows) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (TypedRow row : rows) {
            if (spec.identity().stream().anyMatch(column -> !row.has(column))) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(spec.identityOf(row), row.number());
            if (first != null) {
                String shown =
                        spec.identity().stream()
                                .map(c -> String.valueOf(row.get(c)))
                                .reduce((a, b) -> a + " / " + b)
                                .orElse("");
                problems.add(
                        row.number(),
                        spec.identity().get(0),
                        "import.error.duplicate",
                        shown,
                        first);
            }
        }
    }

    private Map<RefKind, Set<String>> needs(List<TypedRow> rows) {
        Map<RefKind, Set<String>> needs = new EnumMap<>(RefKind.class);
        for (TypedRow row : rows) {
            for (RefUse use : spec.refUses(row)) {
                needs.computeIfAbsent(use.kind(), k -> new LinkedHashSet<>()).add(use.name());
            }
        }
        return needs;
    }

    /** A reference must exist in the database or, for the kind the file defines, earlier in it. */
    private void checkReferences(List<TypedRow> rows, Refs refs) {
        RefKind defines = spec.table().defines();
        Set<String> definedSoFar = new HashSet<>();
        for (TypedRow row : rows) {
            for (RefUse use : spec.refUses(row)) {
                boolean inFile = use.kind() == defines && definedSoFar.contains(use.name());
                if (!inFile && !refs.has(use.kind(), use.name())) {
                    problems.add(row.number(), use.column(), use.kind().unknownCode(), use.name());
                } else if (!inFile
                        && use.expectedExtra() != null
                        && !use.expectedExtra().equals(refs.extra(use.kind(), use.name()))) {
                    problems.add(
                            row.number(),
                            use.column(),
                            "import.error.wrongUnitKind",
                            use.name(),
                            use.expectedExtra());
                }
            }
            if (defines != null && row.has(spec.identity().get(0))) {
                definedSoFar.add(row.text(spec.identity().get(0)));
            }
        }
    }
}
