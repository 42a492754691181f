package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.GoalFigures;
import com.salesperf.analytics.control.Percent;
import com.salesperf.analytics.control.Totals;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The actual figures of the company goals panel for a year and slice: annual completion, mean
 * customer satisfaction, share of active reps with a training that year, average sales cycle and
 * the change of sales cost on the year before.
 */
@Stateless
public class GoalAnalytics {

    @PersistenceContext EntityManager em;

    @Inject AnalyticsAccess access;

    @Inject SalesAnalytics sales;

    public GoalFigures figures(Caller caller, int year, Long focus) {
        PeriodCode period = AnalyticsAccess.period(String.valueOf(year));
        Slice slice = access.slice(caller, focus);
        Totals totals = sales.totals(caller, period.toString(), focus);
        return new GoalFigures(
                totals.completion(),
                satisfaction(slice, period),
                trainedShare(slice, period),
                FunnelAnalytics.averageCycle(em, slice, period.start(), period.end()),
                salesCostChange(slice, year));
    }

    private BigDecimal satisfaction(Slice slice, PeriodCode year) {
        Object[] row =
                new Sql()
                        .append(
                                "SELECT AVG(f.satisfaction) FROM feedback f"
                                        + " JOIN employee e ON e.id = f.employee_id"
                                        + " WHERE f.feedback_date >= ? AND f.feedback_date <= ?",
                                year.start(),
                                year.end())
                        .append(slice.onEmployee("e"))
                        .row(em);
        return Sql.rounded(row[0], 2);
    }

    private BigDecimal trainedShare(Slice slice, PeriodCode year) {
        Object[] row =
                new Sql()
                        .append(
                                "SELECT COUNT(*), COUNT(tr.employee_id) FROM employee e"
                                        + " LEFT JOIN (SELECT DISTINCT employee_id FROM training"
                                        + " WHERE completion_date >= ? AND completion_date <= ?) tr"
                                        + " ON tr.employee_id = e.id"
                                        + " WHERE e.position = 'SALES_REP' AND e.active = TRUE",
                                year.start(),
                                year.end())
                        .append(slice.onEmployee("e"))
                        .row(em);
        return Percent.of(Sql.count(row[1]), Sql.count(row[0]));
    }

    /** Sales cost is booked per org unit and quarter; the year is the sum of its quarters. */
    private BigDecimal salesCostChange(Slice slice, int year) {
        Object[] row =
                new Sql()
                        .append(
                                "SELECT SUM(CASE WHEN sc.period_code IN ("
                                        + quarters(year)
                                        + ") THEN sc.amount END), SUM(CASE WHEN sc.period_code IN ("
                                        + quarters(year - 1)
                                        + ") THEN sc.amount END) FROM sales_cost sc WHERE 1 = 1")
                        .append(slice.onUnit("sc.org_unit_id"))
                        .row(em);
        return Percent.change(Sql.decimal(row[0]), Sql.decimal(row[1]));
    }

    private static String quarters(int year) {
        return java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(q -> "'" + PeriodCode.quarter(year, q) + "'")
                .collect(Collectors.joining(", "));
    }
}
