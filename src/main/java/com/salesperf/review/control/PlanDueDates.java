package com.salesperf.review.control;

import com.salesperf.calendar.control.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When a running improvement plan needs attention: a check-in each month of its term (on the same
 * day of the month as the start, before the end) and the end of the term, when HR records the
 * outcome. A reminder is due when such a date falls within the next N working days of the company
 * calendar or has passed without its check-in being made. Pure: the boundary supplies the plan's
 * dates, its check-ins and the calendar.
 */
public final class PlanDueDates {

    /** What falls due. */
    public enum Kind {
        CHECK_IN,
        END
    }

    /** One date that falls due; {@code overdue} when it has already passed. */
    public record Due(Kind kind, LocalDate date, boolean overdue) {}

    private PlanDueDates() {}

    /** The monthly check-in dates of a term from {@code start} to {@code end} (inclusive). */
    public static List<LocalDate> checkIns(LocalDate start, LocalDate end) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 1; !start.plusMonths(month).isAfter(end); month++) {
            LocalDate date = start.plusMonths(month);
            if (date.isBefore(end)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /**
     * The dates of a running plan that call for a reminder today.
     *
     * @param checkedIn the days on which check-ins were recorded
     * @param withinWorkingDays how many working days ahead a date counts as due (0: today only)
     */
    public static List<Due> dueOn(
            LocalDate start,
            LocalDate end,
            Collection<LocalDate> checkedIn,
            LocalDate today,
            int withinWorkingDays,
            WorkingDays calendar) {
        if (start == null || end == null) {
            return List.of();
        }
        LocalDate horizon = calendar.addWorkingDays(today, Math.max(0, withinWorkingDays));
        List<Due> due = new ArrayList<>();
        // Each check-in answers one date: the earliest unanswered one, if it was made after the
        // date before it (a late check-in still answers its own date, not the next one as well).
        List<LocalDate> unused = new ArrayList<>(checkedIn.stream().sorted().toList());
        LocalDate previous = start.minusDays(1);
        for (LocalDate date : checkIns(start, end)) {
            LocalDate since = previous;
            Optional<LocalDate> answer = unused.stream().filter(d -> d.isAfter(since)).findFirst();
            answer.ifPresent(unused::remove);
            if (answer.isEmpty() && !date.isAfter(horizon)) {
                due.add(new Due(Kind.CHECK_IN, date, date.isBefore(today)));
            }
            previous = date;
        }
        if (!end.isAfter(horizon)) {
            due.add(new Due(Kind.END, end, end.isBefore(today)));
        }
        return due;
    }
}
