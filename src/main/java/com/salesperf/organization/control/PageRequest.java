package com.salesperf.organization.control;

/**
 * One page of a lazily loaded table: offset, size, sort column (one of the columns the query
 * allows, anything else falls back to the default) and a free-text filter.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String filter) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        filter = filter == null || filter.isBlank() ? null : filter.trim();
        sortField = sortField == null ? "" : sortField;
    }

    /** The filter as a LIKE pattern with the user's wildcards escaped; null when no filter. */
    public String likePattern() {
        if (filter == null) {
            return null;
        }
        String escaped =
                filter.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
