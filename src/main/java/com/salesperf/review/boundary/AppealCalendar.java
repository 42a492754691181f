package com.salesperf.review.boundary;

import java.time.Instant;

/**
 * When a result's appeal window closes. Behind this interface until the company calendar (holidays
 * and make-up working days) is on the same branch; {@link WeekdayAppealCalendar} counts Monday to
 * Friday meanwhile.
 */
public interface AppealCalendar {

    Instant appealWindowEnd(Instant publishedAt);
}
