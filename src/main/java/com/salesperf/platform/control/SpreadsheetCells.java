package com.salesperf.platform.control;

/**
 * The one rule for text written into exported spreadsheets and CSV files (OWASP ASVS 1.2.10): a
 * cell starting with = + - @, a tab or a carriage return is read as a formula by Excel and
 * LibreOffice, so such text gets a leading apostrophe and stays the literal text it is. Numbers are
 * written as numbers and never pass through here.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text, neutralised; null stays null. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** A CSV field: neutralised, then quoted when it holds a separator, quote or line break. */
    public static String csv(String value) {
        String safe = value == null ? "" : text(value);
        if (safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
