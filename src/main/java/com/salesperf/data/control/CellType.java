package com.salesperf.data.control;

import com.salesperf.period.control.PeriodCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the text of a cell becomes a value: ISO dates, decimals with a dot, whole numbers, enum
 * names, true/false, period codes and bounded text. Every parser refuses rather than guesses.
 */
@FunctionalInterface
public interface CellType {

    /** The value of a non-empty, trimmed cell. */
    Object parse(String text) throws CellProblem;

    DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    DateTimeFormatter ISO_MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
                    .withResolverStyle(ResolverStyle.STRICT);
    Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    static CellType text(int maxLength) {
        return text -> {
            if (text.length() > maxLength) {
                throw new CellProblem("import.error.tooLong", maxLength);
            }
            return text;
        };
    }

    static CellType date() {
        return text -> {
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new CellProblem("import.error.date", text);
            }
        };
    }

    /** {@code YYYY-MM-DDTHH:MM}; seconds are accepted too (what spreadsheets sometimes add). */
    static CellType dateTime() {
        return text -> {
            String minutes =
                    text.length() == 19 && text.endsWith(":00") ? text.substring(0, 16) : text;
            try {
                return LocalDateTime.parse(minutes, ISO_MINUTES);
            } catch (DateTimeParseException e) {
                throw new CellProblem("import.error.dateTime", text);
            }
        };
    }

    static CellType decimal(BigDecimal min, BigDecimal max, int scale) {
        return text -> {
            if (!DECIMAL.matcher(text).matches()) {
                throw new CellProblem("import.error.decimal", text);
            }
            BigDecimal value = new BigDecimal(text);
            if (value.stripTrailingZeros().scale() > scale) {
                throw new CellProblem("import.error.scale", text, scale);
            }
            if ((min != null && value.compareTo(min) < 0)
                    || (max != null && value.compareTo(max) > 0)) {
                throw new CellProblem(
                        "import.error.range",
                        text,
                        min == null ? "-∞" : min.toPlainString(),
                        max == null ? "∞" : max.toPlainString());
            }
            return value;
        };
    }

    /** An amount of money: not negative, at most 2 decimals. */
    static CellType amount() {
        return decimal(BigDecimal.ZERO, new BigDecimal("999999999999999"), 2);
    }

    static CellType integer(int min, int max) {
        return text -> {
            if (!INTEGER.matcher(text).matches()) {
                throw new CellProblem("import.error.integer", text);
            }
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new CellProblem("import.error.range", text, min, max);
            }
            return value;
        };
    }

    /** One of the given names, case-insensitive; the value is the upper-case name. */
    static CellType oneOf(String... names) {
        List<String> allowed = Arrays.asList(names);
        return text -> {
            String upper = text.toUpperCase(Locale.ROOT);
            if (!allowed.contains(upper)) {
                throw new CellProblem("import.error.enum", text, String.join(", ", allowed));
            }
            return upper;
        };
    }

    static CellType bool() {
        return text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("true")) {
                return Boolean.TRUE;
            }
            if (lower.equals("false")) {
                return Boolean.FALSE;
            }
            throw new CellProblem("import.error.boolean", text);
        };
    }

    /** A canonical period code; whether the period exists is a reference check. */
    static CellType period() {
        return text -> {
            try {
                return PeriodCode.parse(text).toString();
            } catch (IllegalArgumentException e) {
                throw new CellProblem("import.error.period", text);
            }
        };
    }
}
