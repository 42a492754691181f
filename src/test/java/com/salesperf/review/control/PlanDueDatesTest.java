package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.calendar.control.DayKind;
import com.salesperf.calendar.control.WorkingDays;
import com.salesperf.review.control.PlanDueDates.Due;
import com.salesperf.review.control.PlanDueDates.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDueDatesTest {

    /** 2023's National Day break: 29 Sep – 6 Oct off, Saturday 7 and Sunday 8 Oct worked. */
    private static final WorkingDays CALENDAR =
            new WorkingDays(
                    Map.of(
                            LocalDate.of(2023, 9, 29), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 2), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 3), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 4), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 5), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 6), DayKind.HOLIDAY,
                            LocalDate.of(2023, 10, 7), DayKind.MAKEUP_WORKDAY,
                            LocalDate.of(2023, 10, 8), DayKind.MAKEUP_WORKDAY));

    private static final LocalDate START = LocalDate.of(2023, 8, 10);
    private static final LocalDate END = PlanTerm.endOf(START);

    @Test
    void aThreeMonthTermHasTwoMonthlyCheckInsBeforeItsEnd() {
        assertThat(END).isEqualTo(LocalDate.of(2023, 11, 9));
        assertThat(PlanDueDates.checkIns(START, END))
                .containsExactly(LocalDate.of(2023, 9, 10), LocalDate.of(2023, 10, 10));
    }

    @Test
    void aCheckInIsDueWithinTheWorkingDaysCountedOnTheCompanyCalendar() {
        // Thursday 28 Sep: the next three working days are 7, 8 and 9 Oct (holidays between).
        List<Due> beforeTheBreak =
                PlanDueDates.dueOn(
                        START,
                        END,
                        List.of(LocalDate.of(2023, 8, 20)),
                        LocalDate.of(2023, 9, 28),
                        3,
                        CALENDAR);
        assertThat(beforeTheBreak).isEmpty();

        // Two working days later (7 Oct is worked) 10 Oct is within three working days.
        List<Due> afterTheBreak =
                PlanDueDates.dueOn(
                        START,
                        END,
                        List.of(LocalDate.of(2023, 9, 11)),
                        LocalDate.of(2023, 10, 7),
                        3,
                        CALENDAR);
        assertThat(afterTheBreak)
                .containsExactly(new Due(Kind.CHECK_IN, LocalDate.of(2023, 10, 10), false));
    }

    @Test
    void aMissedCheckInIsOverdueAndAMadeOneIsNotRemindedAgain() {
        LocalDate today = LocalDate.of(2023, 9, 20);
        assertThat(PlanDueDates.dueOn(START, END, List.of(), today, 3, CALENDAR))
                .containsExactly(new Due(Kind.CHECK_IN, LocalDate.of(2023, 9, 10), true));
        assertThat(
                        PlanDueDates.dueOn(
                                START, END, List.of(LocalDate.of(2023, 9, 8)), today, 3, CALENDAR))
                .isEmpty();
    }

    @Test
    void theEndOfTheTermIsDueAndThenOverdueUntilTheOutcomeCloses() {
        List<LocalDate> checkIns = List.of(LocalDate.of(2023, 9, 10), LocalDate.of(2023, 10, 10));
        assertThat(PlanDueDates.dueOn(START, END, checkIns, LocalDate.of(2023, 11, 6), 3, CALENDAR))
                .containsExactly(new Due(Kind.END, END, false));
        assertThat(PlanDueDates.dueOn(START, END, checkIns, LocalDate.of(2023, 11, 2), 3, CALENDAR))
                .isEmpty();
        assertThat(
                        PlanDueDates.dueOn(
                                START, END, checkIns, LocalDate.of(2023, 11, 20), 3, CALENDAR))
                .containsExactly(new Due(Kind.END, END, true));
    }

    @Test
    void aPlanWithoutATermHasNothingDue() {
        assertThat(PlanDueDates.dueOn(null, null, List.of(), LocalDate.of(2023, 9, 1), 3, CALENDAR))
                .isEmpty();
    }
}
