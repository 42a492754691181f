package com.salesperf.calendar.boundary;

import com.salesperf.calendar.control.AppealWindow;
import com.salesperf.calendar.control.DayKind;
import com.salesperf.calendar.control.WorkingDays;
import com.salesperf.calendar.entity.CalendarDay;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days of the company calendar for other components, e.g. the 3-working-day appeal window.
 * Reads the calendar on every call: it is a few hundred rows, and an admin's edit must count at
 * once on every server sharing the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WorkingCalendar {

    /** The company's time zone: days start and end at midnight in mainland China. */
    public static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext EntityManager em;

    public LocalDate addWorkingDays(LocalDate from, int days) {
        return workingDays().addWorkingDays(from, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }

    /** Working days in {@code [start, end)}. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return workingDays().workingDaysBetween(start, end);
    }

    /**
     * When a window of {@code workingDays} opened at {@code openedAt} closes: midnight after the
     * n-th working day following the opening day in {@code zone} (see {@link AppealWindow}).
     */
    public Instant windowEnd(Instant openedAt, int workingDays, ZoneId zone) {
        return AppealWindow.end(workingDays(), openedAt, workingDays, zone);
    }

    /** {@link #windowEnd(Instant, int, ZoneId)} in the company's zone. */
    public Instant windowEnd(Instant openedAt, int workingDays) {
        return windowEnd(openedAt, workingDays, COMPANY_ZONE);
    }

    /** A snapshot of the calendar for callers that compute many dates at once. */
    public WorkingDays workingDays() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        for (CalendarDay day :
                em.createNamedQuery("CalendarDay.findAll", CalendarDay.class).getResultList()) {
            exceptions.put(day.getDate(), day.getKind());
        }
        return new WorkingDays(exceptions);
    }
}
