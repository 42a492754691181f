package com.salesperf.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day arithmetic on the shipped 2023–2026 mainland China calendar. */
class WorkingDaysTest {

    private static final WorkingDays CHINA = ShippedCalendar.workingDays();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class PlainWeek {
        private final WorkingDays plain = new WorkingDays(Map.of());

        @Test
        void weekdaysAreWorkedAndWeekendsAreNot() {
            assertThat(plain.isWorkingDay(d("2027-03-05"))).isTrue(); // Friday
            assertThat(plain.isWorkingDay(d("2027-03-06"))).isFalse(); // Saturday
            assertThat(plain.isWorkingDay(d("2027-03-07"))).isFalse(); // Sunday
        }

        @Test
        void addingSkipsTheWeekendAndZeroStaysPut() {
            assertThat(plain.addWorkingDays(d("2027-03-05"), 1)).isEqualTo(d("2027-03-08"));
            assertThat(plain.addWorkingDays(d("2027-03-06"), 1)).isEqualTo(d("2027-03-08"));
            assertThat(plain.addWorkingDays(d("2027-03-06"), 0)).isEqualTo(d("2027-03-06"));
            assertThat(plain.addWorkingDays(d("2027-03-08"), -1)).isEqualTo(d("2027-03-05"));
        }

        @Test
        void betweenCountsTheStartAndNotTheEnd() {
            assertThat(plain.workingDaysBetween(d("2027-03-01"), d("2027-03-08"))).isEqualTo(5);
            assertThat(plain.workingDaysBetween(d("2027-03-08"), d("2027-03-08"))).isZero();
            assertThat(plain.workingDaysBetween(d("2027-03-08"), d("2027-03-01"))).isZero();
        }

        @Test
        void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
            Map<LocalDate, DayKind> allOff = new java.util.HashMap<>();
            for (LocalDate day = d("2030-01-01"); day.getYear() < 2042; day = day.plusDays(1)) {
                allOff.put(day, DayKind.HOLIDAY);
            }
            assertThatThrownBy(() -> new WorkingDays(allOff).addWorkingDays(d("2030-01-01"), 1))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class NationalDay2023 {
        // Mid-Autumn and National Day: Sep 29 – Oct 6 off, Sat Oct 7 and Sun Oct 8 worked.

        @ParameterizedTest
        @CsvSource({
            "2023-09-28, true",
            "2023-09-29, false",
            "2023-09-30, false",
            "2023-10-02, false",
            "2023-10-06, false",
            "2023-10-07, true",
            "2023-10-08, true",
            "2023-10-09, true",
            "2023-10-14, false"
        })
        void workingDaysAroundTheHoliday(LocalDate day, boolean working) {
            assertThat(CHINA.isWorkingDay(day)).isEqualTo(working);
        }

        @Test
        void theDayAfterThursdaySeptember28IsTheMakeUpSaturday() {
            assertThat(CHINA.addWorkingDays(d("2023-09-28"), 1)).isEqualTo(d("2023-10-07"));
            assertThat(CHINA.addWorkingDays(d("2023-09-28"), 3)).isEqualTo(d("2023-10-09"));
            assertThat(CHINA.addWorkingDays(d("2023-09-27"), 3)).isEqualTo(d("2023-10-08"));
        }

        @Test
        void goingBackFromTheMakeUpSaturdayLandsBeforeTheHoliday() {
            assertThat(CHINA.addWorkingDays(d("2023-10-07"), -1)).isEqualTo(d("2023-09-28"));
        }

        @Test
        void threeWeeksAcrossTheHolidayHoldElevenWorkingDays() {
            assertThat(CHINA.workingDaysBetween(d("2023-09-25"), d("2023-10-16"))).isEqualTo(11);
        }
    }

    @Nested
    class SpringFestival {

        @Test
        void in2023TheWeekendAfterTheBreakIsWorked() {
            assertThat(CHINA.isWorkingDay(d("2023-01-27"))).isFalse();
            assertThat(CHINA.isWorkingDay(d("2023-01-28"))).isTrue();
            assertThat(CHINA.isWorkingDay(d("2023-01-29"))).isTrue();
            assertThat(CHINA.addWorkingDays(d("2023-01-20"), 1)).isEqualTo(d("2023-01-28"));
            assertThat(CHINA.addWorkingDays(d("2023-01-20"), 3)).isEqualTo(d("2023-01-30"));
        }

        @Test
        void in2024TheMakeUpSundayFollowsTheBreak() {
            // Feb 9 (New Year's Eve) is an ordinary Friday; Feb 10–17 off; Sun Feb 18 worked.
            assertThat(CHINA.addWorkingDays(d("2024-02-08"), 3)).isEqualTo(d("2024-02-19"));
            assertThat(CHINA.isWorkingDay(d("2024-02-04"))).isTrue();
        }

        @Test
        void in2025TheMakeUpSundayComesBeforeTheBreak() {
            assertThat(CHINA.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
            assertThat(CHINA.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
            assertThat(CHINA.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
        }

        @Test
        void in2026TheNineDayBreakIsFramedByWorkedSaturdays() {
            assertThat(CHINA.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
            assertThat(CHINA.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
            assertThat(CHINA.workingDaysBetween(d("2026-02-15"), d("2026-02-24"))).isZero();
        }
    }

    @Nested
    class ShippedData {

        @ParameterizedTest
        @CsvSource({"2023, 249", "2024, 251", "2025, 248", "2026, 248"})
        void yearsHaveThePublishedNumberOfWorkingDays(int year, int workingDays) {
            assertThat(
                            CHINA.workingDaysBetween(
                                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
                    .isEqualTo(workingDays);
        }

        @Test
        void everyMakeUpWorkingDayIsASaturdayOrSunday() {
            ShippedCalendar.exceptions().entrySet().stream()
                    .filter(e -> e.getValue() == DayKind.MAKEUP_WORKDAY)
                    .forEach(
                            e ->
                                    assertThat(e.getKey().getDayOfWeek())
                                            .as(e.getKey().toString())
                                            .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }

        @Test
        void everyYearHasItsSevenHolidays() {
            assertThat(ShippedCalendar.exceptions())
                    .containsEntry(d("2023-01-02"), DayKind.HOLIDAY)
                    .containsEntry(d("2024-10-07"), DayKind.HOLIDAY)
                    .containsEntry(d("2025-10-08"), DayKind.HOLIDAY)
                    .containsEntry(d("2026-06-19"), DayKind.HOLIDAY)
                    .containsEntry(d("2026-01-04"), DayKind.MAKEUP_WORKDAY);
        }
    }

    @Nested
    class Window {

        @Test
        void aResultPublishedBeforeNationalDayCanBeAppealedUntilMondayNight() {
            Instant published = ZonedDateTime.of(2023, 9, 28, 18, 30, 0, 0, SHANGHAI).toInstant();
            Instant end = AppealWindow.end(CHINA, published, 3, SHANGHAI);
            assertThat(end)
                    .isEqualTo(ZonedDateTime.of(2023, 10, 10, 0, 0, 0, 0, SHANGHAI).toInstant());
        }

        @Test
        void theOpeningDayCountsInTheCompanyZoneNotInUtc() {
            // 01:00 on Monday in Shanghai is still Sunday in UTC.
            Instant published = ZonedDateTime.of(2027, 3, 8, 1, 0, 0, 0, SHANGHAI).toInstant();
            assertThat(AppealWindow.end(new WorkingDays(Map.of()), published, 3, SHANGHAI))
                    .isEqualTo(ZonedDateTime.of(2027, 3, 12, 0, 0, 0, 0, SHANGHAI).toInstant());
        }

        @Test
        void aNegativeLengthIsRefused() {
            assertThatThrownBy(() -> AppealWindow.end(CHINA, Instant.now(), -1, SHANGHAI))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
