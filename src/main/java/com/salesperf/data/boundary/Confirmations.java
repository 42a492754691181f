package com.salesperf.data.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.data.control.ConfirmationStatus;
import com.salesperf.data.entity.PeriodConfirmation;
import com.salesperf.data.entity.PeriodTotals;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.entity.Period;
import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finance confirms a period's sales and collections totals (SPEC §6). A confirmation holds only
 * while the figures are unchanged; the period close asks {@link #isConfirmed} before closing.
 */
@Stateless
public class Confirmations {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /**
     * True when finance confirmed the period and its sales and collections totals are still exactly
     * the confirmed ones. For the period-close component (no caller: a system check).
     */
    public boolean isConfirmed(String periodCode) {
        return latest(periodCode).map(c -> c.matches(totals(c.getPeriod()))).orElse(false);
    }

    public ConfirmationStatus status(Caller caller, String periodCode) {
        requireReader(caller);
        Period period = period(periodCode);
        PeriodTotals current = totals(period);
        Optional<PeriodConfirmation> latest = latest(periodCode);
        return new ConfirmationStatus(
                period.getCode(),
                current,
                latest.map(PeriodConfirmation::confirmedTotals).orElse(null),
                latest.map(PeriodConfirmation::getConfirmedBy).orElse(null),
                latest.map(PeriodConfirmation::getConfirmedAt).orElse(null),
                latest.map(c -> c.matches(current)).orElse(false),
                latest.map(c -> !c.matches(current)).orElse(false));
    }

    /** The codes of all periods, newest first (months, quarters, halves and years). */
    public List<String> periodCodes(Caller caller) {
        requireReader(caller);
        return em.createNamedQuery("Period.findAllOrdered", Period.class).getResultList().stream()
                .map(Period::getCode)
                .toList();
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAny(Role.FINANCE, Role.ADMIN, Role.AUDITOR, Role.HR)) {
            throw new AccessDeniedException("period confirmation");
        }
    }

    /** Confirms the current totals; an earlier confirmation of the period is superseded. */
    public ConfirmationStatus confirm(Caller caller, String periodCode) {
        if (!caller.has(Role.FINANCE)) {
            throw new AccessDeniedException("confirm period figures");
        }
        Period period = period(periodCode);
        if (period.getStatus() == PeriodStatus.CLOSED) {
            throw new BusinessException(
                    "confirmation.error.closed",
                    "period " + periodCode + " is closed; its figures can no longer be confirmed",
                    periodCode);
        }
        Instant now = Instant.now();
        latest(periodCode).ifPresent(previous -> previous.supersede(now));
        PeriodConfirmation confirmation =
                new PeriodConfirmation(period, totals(period), caller.username(), now);
        em.persist(confirmation);
        em.flush();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "PERIOD_FIGURES_CONFIRMED",
                                "PeriodConfirmation",
                                confirmation.getId())
                        .after(
                                JsonbBuilder.create()
                                        .toJson(
                                                new Confirmed(
                                                        period.getCode(),
                                                        confirmation.confirmedTotals()))));
        return status(caller, periodCode);
    }

    /** What the audit entry of a confirmation records. */
    public record Confirmed(String period, PeriodTotals totals) {}

    /**
     * The current figures: sales signed in the period (not excluded), collections received in it.
     */
    PeriodTotals totals(Period period) {
        Object[] sales =
                em.createQuery(
                                "SELECT SUM(s.amount), COUNT(s) FROM Sale s WHERE s.excluded = FALSE"
                                        + " AND s.signedDate BETWEEN :start AND :end",
                                Object[].class)
                        .setParameter("start", period.getStartDate())
                        .setParameter("end", period.getEndDate())
                        .getSingleResult();
        Object[] collections =
                (Object[])
                        em.createNativeQuery(
                                        "SELECT SUM(amount_collected), COUNT(*) FROM receivable"
                                                + " WHERE collected_date BETWEEN ? AND ?")
                                .setParameter(1, java.sql.Date.valueOf(period.getStartDate()))
                                .setParameter(2, java.sql.Date.valueOf(period.getEndDate()))
                                .getSingleResult();
        return new PeriodTotals(
                decimal(sales[0]),
                ((Number) sales[1]).longValue(),
                decimal(collections[0]),
                ((Number) collections[1]).longValue());
    }

    private Optional<PeriodConfirmation> latest(String periodCode) {
        List<PeriodConfirmation> list =
                em.createNamedQuery(
                                "PeriodConfirmation.findByPeriodNewestFirst",
                                PeriodConfirmation.class)
                        .setParameter("code", periodCode)
                        .setMaxResults(1)
                        .getResultList();
        return list.stream().findFirst();
    }

    private Period period(String code) {
        return em.createNamedQuery("Period.findByCode", Period.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("period " + code));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
