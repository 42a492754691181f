package com.salesperf.calendar.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.calendar.control.CalendarDayInput;
import com.salesperf.calendar.control.CalendarDayRow;
import com.salesperf.calendar.entity.CalendarDay;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maintenance of the company calendar by administrators. Every change is audited with the day's
 * state before and after, in the same transaction.
 */
@Stateless
public class CompanyCalendar {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /** The holidays and make-up working days of one year, in date order (any signed-in user). */
    public List<CalendarDayRow> year(int year) {
        return em.createNamedQuery("CalendarDay.findByRange", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream()
                .map(CompanyCalendar::row)
                .toList();
    }

    public CalendarDayRow add(Caller caller, CalendarDayInput input) {
        requireAdmin(caller, "calendar/add");
        CalendarDayInput valid = input.validated();
        long taken =
                em.createNamedQuery("CalendarDay.countByDate", Long.class)
                        .setParameter("date", valid.date())
                        .getSingleResult();
        if (taken > 0) {
            throw new InvalidFieldException("date", "calendar.error.duplicate", valid.date());
        }
        CalendarDay day =
                new CalendarDay(valid.date(), valid.kind(), valid.nameZh(), valid.nameEn());
        em.persist(day);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "CALENDAR_DAY_ADDED", "CalendarDay", day.getId())
                        .after(json(day)));
        return row(day);
    }

    /** Changes kind and names of a day; the date itself is fixed (remove and add instead). */
    public CalendarDayRow update(Caller caller, long id, long version, CalendarDayInput input) {
        requireAdmin(caller, "calendar/" + id);
        CalendarDay day = find(id);
        if (day.getVersion() != version) {
            throw new ConcurrentChangeException(lastEditor(id));
        }
        CalendarDayInput valid =
                new CalendarDayInput(day.getDate(), input.kind(), input.nameZh(), input.nameEn())
                        .validated();
        String before = json(day);
        day.change(valid.kind(), valid.nameZh(), valid.nameEn());
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "CALENDAR_DAY_CHANGED", "CalendarDay", id)
                        .before(before)
                        .after(json(day)));
        return row(day);
    }

    public void remove(Caller caller, long id) {
        requireAdmin(caller, "calendar/" + id);
        CalendarDay day = find(id);
        String before = json(day);
        em.remove(day);
        auditTrail.record(
                AuditEvent.of(caller.username(), "CALENDAR_DAY_REMOVED", "CalendarDay", id)
                        .before(before));
    }

    /** Who changed the day last, for the "changed by X, reload" message. */
    private String lastEditor(long id) {
        List<com.salesperf.audit.control.AuditRecord> history =
                auditTrail.historyOf("CalendarDay", String.valueOf(id));
        return history.isEmpty() ? "?" : history.get(history.size() - 1).actor();
    }

    private CalendarDay find(long id) {
        CalendarDay day = em.find(CalendarDay.class, id);
        if (day == null) {
            throw new NotFoundException("calendar day " + id);
        }
        return day;
    }

    private static void requireAdmin(Caller caller, String what) {
        if (!caller.has(Role.ADMIN)) {
            SecurityLog.accessRefused(caller.username(), what, "-");
            throw new AccessDeniedException(what);
        }
    }

    private static CalendarDayRow row(CalendarDay day) {
        return new CalendarDayRow(
                day.getId(),
                day.getDate(),
                day.getKind(),
                day.getNameZh(),
                day.getNameEn(),
                day.getVersion());
    }

    private static String json(CalendarDay day) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", day.getDate().toString());
        state.put("kind", day.getKind().name());
        state.put("nameZh", day.getNameZh());
        state.put("nameEn", day.getNameEn());
        return JSON.toJson(state);
    }
}
