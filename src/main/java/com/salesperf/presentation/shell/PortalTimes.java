package com.salesperf.presentation.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments shown on pages, in the company's zone (China Standard Time) as yyyy-MM-dd HH:mm. The
 * Faces date-time converter cannot format an {@link Instant} with a pattern, so pages call this.
 */
public final class PortalTimes {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private PortalTimes() {}

    public static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
