package com.salesperf.data.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One reason a file was refused: the spreadsheet row (the header is row 1, so the first data row is
 * row 2; 0 for the file as a whole), the column name (empty for the whole row or file), the message
 * key of the i18n bundle and its arguments.
 */
public record ImportProblem(int row, String column, String code, List<String> arguments) {

    private static final String BUNDLE = "i18n.messages";

    public ImportProblem {
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int row, String column, String code, Object... arguments) {
        return new ImportProblem(
                row,
                column,
                code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The reason in the given language (English for the API and logs). */
    public String message(Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(code);
            return new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return code + " " + arguments;
        }
    }

    public String englishMessage() {
        return message(Locale.ROOT);
    }
}
