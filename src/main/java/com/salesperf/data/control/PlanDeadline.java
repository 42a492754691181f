package com.salesperf.data.control;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * When a monthly sales plan is due: 18:00 on the 25th of the month before (the rule the demo data
 * and the plan-timeliness indicator use), and which months a rep may still plan.
 */
public final class PlanDeadline {

    static final int DUE_DAY = 25;
    static final int DUE_HOUR = 18;

    /** Plans further ahead than this are guesses, not plans. */
    public static final int MONTHS_AHEAD = 3;

    private PlanDeadline() {}

    public static LocalDateTime dueAt(YearMonth month) {
        return month.minusMonths(1).atDay(DUE_DAY).atTime(DUE_HOUR, 0);
    }

    /** The month a rep normally plans now: the next month, or the one after once it is due. */
    public static YearMonth nextToPlan(LocalDateTime now) {
        YearMonth next = YearMonth.from(now).plusMonths(1);
        return now.isAfter(dueAt(next)) ? next.plusMonths(1) : next;
    }

    public static boolean tooFarAhead(YearMonth month, LocalDateTime now) {
        return month.isAfter(YearMonth.from(now).plusMonths(MONTHS_AHEAD));
    }
}
