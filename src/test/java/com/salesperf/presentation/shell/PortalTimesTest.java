package com.salesperf.presentation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTimesTest {

    private static final LocalDate MONDAY = LocalDate.parse("2027-08-09");

    @Test
    void datesAndWeekdaysFollowTheReadersLanguage() {
        assertThat(PortalTimes.weekday(MONDAY, Locale.ENGLISH)).isEqualTo("Monday");
        assertThat(PortalTimes.weekday(MONDAY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("星期一");
        assertThat(PortalTimes.date(MONDAY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027年8月9日");
        assertThat(PortalTimes.date(MONDAY, Locale.ENGLISH)).contains("2027").contains("Aug");
        assertThat(PortalTimes.date(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void momentsAreShownInChinaStandardTime() {
        assertThat(PortalTimes.format(Instant.parse("2027-08-08T16:30:00Z")))
                .isEqualTo("2027-08-09 00:30");
        assertThat(PortalTimes.format(null)).isEmpty();
    }
}
