package com.salesperf.period.control;

import com.salesperf.period.entity.PeriodType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical name of a period — {@code 2023-07}, {@code 2023Q3}, {@code 2023H2}, {@code 2023} —
 * and the calendar arithmetic on it. {@code index} is the month (1–12), quarter (1–4) or half
 * (1–2).
 */
public record PeriodCode(PeriodType type, int year, int index) implements Comparable<PeriodCode> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public PeriodCode {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (index < 1 || index > countPerYear(type)) {
            throw new IllegalArgumentException("no " + type + " number " + index);
        }
    }

    /**
     * Parses a canonical code; throws IllegalArgumentException with the offending text otherwise.
     */
    public static PeriodCode parse(String text) {
        String code = text == null ? "" : text.trim();
        Matcher m;
        if ((m = MONTH.matcher(code)).matches()) {
            return new PeriodCode(
                    PeriodType.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(code)).matches()) {
            return new PeriodCode(
                    PeriodType.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = HALF.matcher(code)).matches()) {
            return new PeriodCode(
                    PeriodType.HALF_YEAR,
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(code)).matches()) {
            return new PeriodCode(PeriodType.YEAR, Integer.parseInt(m.group(1)), 1);
        }
        throw new IllegalArgumentException(
                "not a period code: '" + code + "' (expected 2023-07, 2023Q3, 2023H2 or 2023)");
    }

    public static PeriodCode month(int year, int month) {
        return new PeriodCode(PeriodType.MONTH, year, month);
    }

    public static PeriodCode quarter(int year, int quarter) {
        return new PeriodCode(PeriodType.QUARTER, year, quarter);
    }

    /** The period of the given type that contains the day. */
    public static PeriodCode containing(PeriodType type, LocalDate day) {
        int index = (day.getMonthValue() - 1) / monthsIn(type) + 1;
        return new PeriodCode(type, day.getYear(), index);
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * monthsIn(type) + 1, 1);
    }

    public LocalDate end() {
        return YearMonth.from(start()).plusMonths(monthsIn(type) - 1L).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The period of the same type just before this one (2023Q1 → 2022Q4). */
    public PeriodCode previous() {
        return index > 1
                ? new PeriodCode(type, year, index - 1)
                : new PeriodCode(type, year - 1, countPerYear(type));
    }

    public PeriodCode next() {
        return index < countPerYear(type)
                ? new PeriodCode(type, year, index + 1)
                : new PeriodCode(type, year + 1, 1);
    }

    /** The same period one year earlier, for year-over-year comparison. */
    public PeriodCode yearBefore() {
        return new PeriodCode(type, year - 1, index);
    }

    /** The months that make up this period, in order. */
    public List<PeriodCode> months() {
        List<PeriodCode> months = new ArrayList<>();
        YearMonth first = YearMonth.from(start());
        for (int i = 0; i < monthsIn(type); i++) {
            YearMonth m = first.plusMonths(i);
            months.add(month(m.getYear(), m.getMonthValue()));
        }
        return months;
    }

    public static int monthsIn(PeriodType type) {
        return switch (type) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
    }

    private static int countPerYear(PeriodType type) {
        return 12 / monthsIn(type);
    }

    @Override
    public int compareTo(PeriodCode other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : Integer.compare(monthsIn(type), monthsIn(other.type));
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> String.format("%04d-%02d", year, index);
            case QUARTER -> year + "Q" + index;
            case HALF_YEAR -> year + "H" + index;
            case YEAR -> String.valueOf(year);
        };
    }
}
