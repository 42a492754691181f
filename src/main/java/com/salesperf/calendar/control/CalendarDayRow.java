package com.salesperf.calendar.control;

import java.time.LocalDate;

/** A calendar entry as pages and the API show it; version is for optimistic locking. */
public record CalendarDayRow(
        long id, LocalDate date, DayKind kind, String nameZh, String nameEn, long version) {}
