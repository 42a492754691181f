package com.salesperf.data.control;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a file, so the user sees all of them at once, not the first. */
public final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();

    public void add(int row, String column, String code, Object... arguments) {
        list.add(ImportProblem.of(row, column, code, arguments));
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Every problem in row order (file-level ones first), in the order found within a row. */
    public List<ImportProblem> list() {
        List<ImportProblem> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return sorted;
    }

    /** Refuses the file (422) when anything was found. */
    public void refuseIfAny() {
        if (!list.isEmpty()) {
            throw new ImportRefusedException(422, list());
        }
    }
}
