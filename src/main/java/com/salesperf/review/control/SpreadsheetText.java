package com.salesperf.review.control;

/**
 * Neutralises spreadsheet formula injection (OWASP ASVS 1.2.10): a text cell that a spreadsheet
 * would read as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with a
 * single quote. Numbers are written as numbers and never pass through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String neutral(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
