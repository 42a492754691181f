package com.salesperf.presentation.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

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

    /**
     * A date in the reader's language (2027年8月9日 / Aug 9, 2027). Formatted here rather than by a
     * converter tag, whose locale is fixed when the view is built and so misses a language switch.
     */
    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** The day of the week in the reader's language (星期一 / Monday). */
    public static String weekday(LocalDate date, Locale locale) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }
}
