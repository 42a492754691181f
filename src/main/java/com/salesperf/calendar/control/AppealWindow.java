package com.salesperf.calendar.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A window of working days that opens at a moment (e.g. a result's publication): it closes at
 * midnight after the n-th working day that follows the day of that moment in the company's zone.
 * The opening day is not counted, so publishing late on a Friday still leaves full working days.
 */
public final class AppealWindow {

    private AppealWindow() {}

    public static Instant end(WorkingDays days, Instant openedAt, int workingDays, ZoneId zone) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a window cannot have a negative length");
        }
        LocalDate opened = openedAt.atZone(zone).toLocalDate();
        LocalDate lastDay = days.addWorkingDays(opened, workingDays);
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
