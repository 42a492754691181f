package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppealWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @Test
    void threeWorkingDaysAfterAMondayEndAtMidnightAfterThursday() {
        Instant end = AppealWindow.end(AppealWindow::weekday, at("2026-11-23T10:00"), 3, SHANGHAI);
        assertThat(end).isEqualTo(at("2026-11-27T00:00"));
    }

    @Test
    void publicationOnFridaySkipsTheWeekend() {
        Instant end = AppealWindow.end(AppealWindow::weekday, at("2026-11-27T17:30"), 3, SHANGHAI);
        assertThat(end).isEqualTo(at("2026-12-03T00:00"));
    }

    @Test
    void publicationOnSaturdayCountsFromMonday() {
        Instant end = AppealWindow.end(AppealWindow::weekday, at("2026-11-28T09:00"), 3, SHANGHAI);
        assertThat(end).isEqualTo(at("2026-12-03T00:00"));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCountWhenTheCalendarSaysSo() {
        // National Day 2023: 1-6 Oct off, Sat 7 and Sun 8 Oct are make-up working days.
        Set<LocalDate> off =
                Set.of(
                        LocalDate.of(2023, 10, 2),
                        LocalDate.of(2023, 10, 3),
                        LocalDate.of(2023, 10, 4),
                        LocalDate.of(2023, 10, 5),
                        LocalDate.of(2023, 10, 6));
        Set<LocalDate> makeUp = Set.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8));
        Instant end =
                AppealWindow.end(
                        d -> makeUp.contains(d) || (AppealWindow.weekday(d) && !off.contains(d)),
                        at("2023-09-29T12:00"),
                        3,
                        SHANGHAI);
        assertThat(end).isEqualTo(at("2023-10-10T00:00"));
    }

    @Test
    void lateEveningInShanghaiIsStillThatDayThereNotTheUtcDay() {
        // 2026-11-27 23:30 in Shanghai is 15:30 UTC on the same Friday.
        Instant end = AppealWindow.end(AppealWindow::weekday, at("2026-11-27T23:30"), 3, SHANGHAI);
        assertThat(end).isEqualTo(at("2026-12-03T00:00"));
    }
}
