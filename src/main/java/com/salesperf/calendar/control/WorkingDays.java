package com.salesperf.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days of a calendar in which Monday to Friday are worked unless listed as a holiday, and
 * Saturday and Sunday are free unless listed as a make-up working day.
 */
public final class WorkingDays {

    /** Guards against a calendar in which (by a data error) no day is ever worked again. */
    private static final int MAX_SCAN_DAYS = 3_660;

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which the {@code days}-th working day after {@code from} falls; {@code from}
     * itself is not counted (as with legal deadlines). Zero returns {@code from}; negative counts
     * go back.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        int remaining = Math.abs(days);
        LocalDate day = from;
        int scanned = 0;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
            if (++scanned > MAX_SCAN_DAYS + Math.abs(days)) {
                throw new IllegalStateException("no working day within ten years of " + from);
            }
        }
        return day;
    }

    /** The working days in {@code [start, end)}; zero when end is not after start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
