package com.salesperf.analytics.control;

import java.util.Map;

/**
 * What the team table asks for: the period, optional filters (text in employee number or name, a
 * team) and the page with its sort. Sort fields are names of the table, mapped to SQL here so no
 * client text reaches the ORDER BY.
 */
public record TeamQuery(
        String periodCode,
        String text,
        Long teamId,
        int first,
        int size,
        String sortField,
        boolean ascending) {

    private static final Map<String, String> SORTABLE =
            Map.of(
                    "employeeNo", "b.employee_no",
                    "name", "b.rep_name",
                    "team", "b.team_code",
                    "region", "b.region_code",
                    "target", "b.tgt",
                    "actual", "b.act",
                    "completion", "CASE WHEN b.tgt > 0 THEN COALESCE(b.act, 0) / b.tgt END",
                    "gap", "COALESCE(b.tgt, 0) - COALESCE(b.act, 0)");

    /** The ORDER BY clause: the chosen column with missing values last, then the employee no. */
    public String orderBy() {
        String column =
                sortField == null
                        ? "b.employee_no"
                        : SORTABLE.getOrDefault(sortField, "b.employee_no");
        return " ORDER BY "
                + column
                + (ascending ? " ASC" : " DESC")
                + " NULLS LAST, b.employee_no";
    }

    /** The filter text as a LIKE pattern with its wildcards escaped, or null without a filter. */
    public String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped =
                text.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
