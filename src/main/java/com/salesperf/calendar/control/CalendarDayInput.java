package com.salesperf.calendar.control;

import com.salesperf.platform.control.InvalidFieldException;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What an admin enters for a calendar day, checked before anything is stored: a date in a sensible
 * year, a kind, both names, and make-up working days only on a Saturday or Sunday (a weekday is
 * worked anyway, so such an entry would be a mistake).
 */
public record CalendarDayInput(LocalDate date, DayKind kind, String nameZh, String nameEn) {

    public static final int MAX_NAME = 60;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public CalendarDayInput {
        nameZh = nameZh == null ? null : nameZh.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
    }

    /** Throws for the first field that is wrong; returns this input when all are right. */
    public CalendarDayInput validated() {
        if (date == null) {
            throw new InvalidFieldException("date", "validation.required");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidFieldException("date", "calendar.error.year", FIRST_YEAR, LAST_YEAR);
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "validation.required");
        }
        if (kind == DayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
            throw new InvalidFieldException("kind", "calendar.error.makeupOnWeekday");
        }
        requireName("nameZh", nameZh);
        requireName("nameEn", nameEn);
        return this;
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException(field, "validation.required");
        }
        if (value.length() > MAX_NAME) {
            throw new InvalidFieldException(field, "validation.maxLength", MAX_NAME);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
