package com.salesperf.analytics.control;

/**
 * Exported spreadsheets must not run what a user typed: a cell starting with = + - @ (or a tab or
 * carriage return, which some programs strip first) is read as a formula, so such text gets a
 * leading apostrophe and stays text.
 */
public final class CellSafety {

    private CellSafety() {}

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaStart =
                first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r';
        return formulaStart ? "'" + text : text;
    }
}
