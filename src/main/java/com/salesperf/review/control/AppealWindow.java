package com.salesperf.review.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * When the appeal window of a published result closes: at midnight after the n-th working day that
 * follows the day of publication, in the company's zone. Publication on a Friday afternoon with a
 * three-day window therefore closes at the end of Wednesday. Which days are working days is the
 * calendar's business.
 */
public final class AppealWindow {

    /** SPEC §11: three working days. */
    public static final int WORKING_DAYS = 3;

    private AppealWindow() {}

    public static Instant end(
            Predicate<LocalDate> workingDay, Instant openedAt, int workingDays, ZoneId zone) {
        LocalDate day = openedAt.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (workingDay.test(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The plain rule before the company calendar is maintained: Monday to Friday. */
    public static boolean weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> false;
            default -> true;
        };
    }
}
