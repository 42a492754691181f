package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.FunnelCounts;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sales funnel of a slice: opportunities created in the period by current stage, the average
 * days from creation to a won deal (deals won in the period) and why deals were lost.
 */
@Stateless
public class FunnelAnalytics {

    /** Days between two DATE columns; EXTRACT(EPOCH …) is understood by H2 and PostgreSQL. */
    static final String CYCLE_DAYS =
            "(EXTRACT(EPOCH FROM o.stage_date) - EXTRACT(EPOCH FROM o.created_date)) / 86400.0";

    @PersistenceContext EntityManager em;

    @Inject AnalyticsAccess access;

    public FunnelCounts funnel(Caller caller, String periodCode, Long focus) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        Slice slice = access.slice(caller, focus);
        Map<String, Long> byStage = new LinkedHashMap<>();
        new Sql()
                .append(
                        "SELECT o.stage, COUNT(*) FROM opportunity o"
                                + " JOIN employee e ON e.id = o.employee_id"
                                + " WHERE o.created_date >= ? AND o.created_date <= ?",
                        period.start(),
                        period.end())
                .append(slice.onEmployee("e"))
                .append(" GROUP BY o.stage")
                .rows(em)
                .forEach(r -> byStage.put(Sql.text(r[0]), Sql.count(r[1])));
        return new FunnelCounts(byStage, averageCycle(em, slice, period.start(), period.end()));
    }

    /** Lost deals of the period by reason, most frequent first. */
    public Map<String, Long> lostReasons(Caller caller, String periodCode, Long focus) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        Map<String, Long> reasons = new LinkedHashMap<>();
        new Sql()
                .append(
                        "SELECT COALESCE(o.lost_reason, '-'), COUNT(*) FROM opportunity o"
                                + " JOIN employee e ON e.id = o.employee_id"
                                + " WHERE o.stage = 'LOST' AND o.stage_date >= ?"
                                + " AND o.stage_date <= ?",
                        period.start(),
                        period.end())
                .append(access.slice(caller, focus).onEmployee("e"))
                .append(" GROUP BY COALESCE(o.lost_reason, '-') ORDER BY COUNT(*) DESC")
                .rows(em)
                .forEach(r -> reasons.put(Sql.text(r[0]), Sql.count(r[1])));
        return reasons;
    }

    /** Average days from creation to won of the deals won between the two days. */
    static BigDecimal averageCycle(EntityManager em, Slice slice, LocalDate from, LocalDate to) {
        Object[] row =
                new Sql()
                        .append(
                                "SELECT AVG("
                                        + CYCLE_DAYS
                                        + ") FROM opportunity o"
                                        + " JOIN employee e ON e.id = o.employee_id"
                                        + " WHERE o.stage = 'WON' AND o.stage_date >= ?"
                                        + " AND o.stage_date <= ?",
                                from,
                                to)
                        .append(slice.onEmployee("e"))
                        .row(em);
        return Sql.rounded(row[0], 1);
    }
}
