package com.salesperf.calendar.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar rows the V8 migration ships, read from the SQL itself so tests check real data. */
final class ShippedCalendar {

    static final String MIGRATION = "/db/migration/V8__calendar_and_notifications.sql";

    private static final Pattern ROW =
            Pattern.compile("\\(\\d+, DATE '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|MAKEUP_WORKDAY)'");

    private ShippedCalendar() {}

    static Map<LocalDate, DayKind> exceptions() {
        Map<LocalDate, DayKind> days = new TreeMap<>();
        Matcher rows = ROW.matcher(sql());
        while (rows.find()) {
            DayKind previous =
                    days.put(LocalDate.parse(rows.group(1)), DayKind.valueOf(rows.group(2)));
            if (previous != null) {
                throw new IllegalStateException("date listed twice: " + rows.group(1));
            }
        }
        return days;
    }

    static WorkingDays workingDays() {
        return new WorkingDays(exceptions());
    }

    private static String sql() {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
