package com.salesperf.period.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.control.PeriodRow;
import com.salesperf.period.entity.Period;
import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Administration of evaluation periods (ADMIN only): list them, open a new one by its code, and end
 * data entry of a period that is over (OPEN → CLOSING). Closing and reopening a period with its
 * results belongs to the period close and review workflow, not to this page.
 */
@Stateless
public class PeriodAdministration {

    private static final Map<String, String> SORTABLE =
            Map.of(
                    "code", "p.code",
                    "type", "p.type",
                    "startDate", "p.startDate",
                    "status", "p.status");

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    public List<PeriodRow> page(Caller caller, PageRequest page) {
        requireAdmin(caller, "periods");
        String order =
                SORTABLE.getOrDefault(page.sortField(), "p.startDate")
                        + (page.ascending() ? " ASC" : " DESC");
        return em.createQuery(
                        "SELECT NEW com.salesperf.period.control.PeriodRow(p.id, p.code, p.type,"
                                + " p.startDate, p.endDate, p.status, p.closedAt, p.version)"
                                + " FROM Period p ORDER BY "
                                + order
                                + ", p.type, p.id",
                        PeriodRow.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(Caller caller) {
        requireAdmin(caller, "periods");
        return em.createQuery("SELECT COUNT(p) FROM Period p", Long.class).getSingleResult();
    }

    public long open(Caller caller, String code) {
        requireAdmin(caller, "periods/open");
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        PeriodCode parsed;
        try {
            parsed = PeriodCode.parse(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("code", "periods.error.code");
        }
        boolean exists =
                em.createNamedQuery("Period.findByCode", Period.class)
                        .setParameter("code", parsed.toString())
                        .getResultStream()
                        .findFirst()
                        .isPresent();
        if (exists) {
            throw new InvalidFieldException("code", "periods.error.exists", parsed.toString());
        }
        Period period = new Period(parsed);
        em.persist(period);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "PERIOD_OPENED", "Period", period.getId())
                        .after("{\"code\":\"" + parsed + "\",\"status\":\"OPEN\"}"));
        return period.getId();
    }

    /** Ends data entry of a period whose last day has passed. */
    public void endDataEntry(Caller caller, long id, long version) {
        requireAdmin(caller, "periods/" + id);
        Period period = em.find(Period.class, id);
        if (period == null) {
            throw new NotFoundException("period " + id);
        }
        if (period.getVersion() != version) {
            List<com.salesperf.audit.control.AuditRecord> history =
                    auditTrail.historyOf("Period", String.valueOf(id));
            throw new ConcurrentChangeException(
                    history.isEmpty() ? "?" : history.get(history.size() - 1).actor());
        }
        if (period.getStatus() != PeriodStatus.OPEN) {
            throw new BusinessException("periods.error.notOpen", "period is not open");
        }
        if (!period.isOverOn(LocalDate.now())) {
            throw new BusinessException("periods.error.notOver", "period is not over yet");
        }
        period.startClosing();
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "PERIOD_DATA_ENTRY_ENDED", "Period", id)
                        .before("{\"status\":\"OPEN\"}")
                        .after("{\"status\":\"CLOSING\"}"));
    }

    private static void requireAdmin(Caller caller, String what) {
        if (!caller.has(Role.ADMIN)) {
            SecurityLog.accessRefused(caller.username(), what, "-");
            throw new AccessDeniedException(what);
        }
    }
}
