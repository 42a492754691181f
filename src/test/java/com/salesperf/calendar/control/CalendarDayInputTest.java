package com.salesperf.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.platform.control.InvalidFieldException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDayInputTest {

    private static final LocalDate SATURDAY = LocalDate.parse("2027-02-06");
    private static final LocalDate MONDAY = LocalDate.parse("2027-02-08");

    @Test
    void aCompleteHolidayPassesWithTrimmedNames() {
        CalendarDayInput input =
                new CalendarDayInput(MONDAY, DayKind.HOLIDAY, " 春节 ", "Spring Festival ")
                        .validated();
        assertThat(input.nameZh()).isEqualTo("春节");
        assertThat(input.nameEn()).isEqualTo("Spring Festival");
    }

    @Test
    void aMakeUpWorkingDayMustFallOnAWeekend() {
        new CalendarDayInput(SATURDAY, DayKind.MAKEUP_WORKDAY, "调休", "Make-up").validated();
        assertThatThrownBy(
                        () ->
                                new CalendarDayInput(MONDAY, DayKind.MAKEUP_WORKDAY, "调休", "x")
                                        .validated())
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void missingOrOversizedValuesNameTheirField() {
        assertField(new CalendarDayInput(null, DayKind.HOLIDAY, "a", "b"), "date");
        assertField(
                new CalendarDayInput(LocalDate.of(1999, 1, 1), DayKind.HOLIDAY, "a", "b"), "date");
        assertField(new CalendarDayInput(MONDAY, null, "a", "b"), "kind");
        assertField(new CalendarDayInput(MONDAY, DayKind.HOLIDAY, "  ", "b"), "nameZh");
        assertField(new CalendarDayInput(MONDAY, DayKind.HOLIDAY, "a", "x".repeat(61)), "nameEn");
    }

    private static void assertField(CalendarDayInput input, String field) {
        assertThatThrownBy(input::validated)
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
