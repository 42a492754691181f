package com.salesperf.calendar.control;

/** How a calendar entry changes the ordinary Monday–Friday week. */
public enum DayKind {
    /** A public or company holiday: not worked, even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休): a Saturday or Sunday that is worked. */
    MAKEUP_WORKDAY
}
