package com.salesperf.analytics.boundary;

import com.salesperf.period.control.PeriodCode;

/**
 * The derived table all target-vs-actual queries start from: one row per rep of the slice with the
 * rep's team and region, the sales target of the period (the explicit one, else the sum of its
 * months' targets, as DATA-FORMATS defines targetSales) and the actual sales of the period with
 * excluded outliers left out. Reps without target and without sales are not rows.
 */
final class RepFigures {

    private RepFigures() {}

    static Sql of(PeriodCode period, Slice slice) {
        return new Sql()
                .append(
                        "SELECT e.id AS rep_id, e.employee_no AS employee_no, e.name AS rep_name,"
                                + " t.id AS team_id, t.code AS team_code, t.name_zh AS team_zh,"
                                + " t.name_en AS team_en, r.id AS region_id, r.code AS region_code,"
                                + " r.name_zh AS region_zh, r.name_en AS region_en,"
                                + " COALESCE(g.amount, m.amount) AS tgt, s.amount AS act"
                                + " FROM employee e"
                                + " JOIN org_unit t ON t.id = e.org_unit_id"
                                + " JOIN org_unit r ON r.id = t.parent_id"
                                + " LEFT JOIN (SELECT tg.employee_id, SUM(tg.target_value) AS amount"
                                + " FROM target tg JOIN period p ON p.id = tg.period_id"
                                + " WHERE p.code = ? AND tg.scope = 'REP' AND tg.measure = 'sales'"
                                + " GROUP BY tg.employee_id) g ON g.employee_id = e.id",
                        period.toString())
                .append(
                        " LEFT JOIN (SELECT tg.employee_id, SUM(tg.target_value) AS amount"
                                + " FROM target tg JOIN period p ON p.id = tg.period_id"
                                + " WHERE p.type = 'MONTH' AND p.start_date >= ? AND p.end_date <= ?"
                                + " AND tg.scope = 'REP' AND tg.measure = 'sales'"
                                + " GROUP BY tg.employee_id) m ON m.employee_id = e.id",
                        period.start(),
                        period.end())
                .append(
                        " LEFT JOIN (SELECT sa.employee_id, SUM(sa.amount) AS amount FROM sale sa"
                                + " WHERE sa.excluded = FALSE AND sa.signed_date >= ?"
                                + " AND sa.signed_date <= ? GROUP BY sa.employee_id) s"
                                + " ON s.employee_id = e.id",
                        period.start(),
                        period.end())
                .append(
                        " WHERE e.position = 'SALES_REP'"
                                + " AND (g.amount IS NOT NULL OR m.amount IS NOT NULL"
                                + " OR s.amount IS NOT NULL)")
                .append(slice.onEmployee("e"));
    }
}
