package com.salesperf.presentation.evaluation;

/**
 * Spreadsheet formula injection: a cell that starts with = + - @ tab or carriage return is executed
 * by Excel and LibreOffice. Such text is prefixed with an apostrophe, which shows it as the literal
 * text it is. Numbers are written as numbers and need nothing.
 */
final class SafeCells {

    private SafeCells() {}

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r'
                ? "'" + value
                : value;
    }

    /** A CSV field: neutralised, then quoted when it holds a separator, quote or line break. */
    static String csv(String value) {
        String safe = text(value);
        if (safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
