package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The measures of DATA-FORMATS.md for one rep and one period, computed straight from the fact
 * tables. Written as models for the real aggregation: each query states the definition it
 * implements, and they run unchanged on H2 and PostgreSQL.
 */
final class MeasureQueries {

    private final Connection connection;

    MeasureQueries(Connection connection) {
        this.connection = connection;
    }

    /** A period by its canonical code, e.g. {@code 2023Q3}. */
    record Period(String code, LocalDate start, LocalDate end) {}

    /** The collection measures over receivables due in the period. */
    record Collections(BigDecimal amountDue, BigDecimal collectedOnTime, BigDecimal collected) {}

    Period period(String code) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT start_date, end_date FROM period WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Period(
                        code, row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class));
            }
        }
    }

    /** actualSales: sum of sales signed in the period, excluded outliers left out. */
    BigDecimal actualSales(String employeeNo, Period period) throws SQLException {
        return decimal(
                "SELECT COALESCE(SUM(s.amount), 0) FROM sale s"
                        + " JOIN employee e ON e.id = s.employee_id"
                        + " WHERE e.employee_no = ? AND s.signed_date BETWEEN ? AND ? AND s.excluded = FALSE",
                employeeNo,
                period.start(),
                period.end());
    }

    /** targetSales: the rep's target for measure {@code sales} in the period. */
    BigDecimal targetSales(String employeeNo, Period period) throws SQLException {
        return decimal(
                "SELECT t.target_value FROM target t JOIN period p ON p.id = t.period_id"
                        + " WHERE t.scope = 'REP' AND t.scope_code = ? AND p.code = ? AND t.measure = 'sales'",
                employeeNo,
                period.code());
    }

    /**
     * newCustomers: customers whose first-ever sale falls in the period, is at least the configured
     * minimum amount and belongs to the rep. "First" is the earliest signed date (lowest id on a
     * tie); an earlier sale of any rep, excluded or not, means the customer is not new.
     */
    long newCustomers(String employeeNo, Period period) throws SQLException {
        return count(
                "SELECT COUNT(DISTINCT s.customer_id) FROM sale s"
                        + " JOIN employee e ON e.id = s.employee_id"
                        + " WHERE e.employee_no = ? AND s.signed_date BETWEEN ? AND ? AND s.excluded = FALSE"
                        + " AND s.amount >= (SELECT CAST(setting_value AS DECIMAL(19, 2)) FROM app_setting"
                        + "   WHERE setting_key = 'newCustomer.minimumAmount')"
                        + " AND NOT EXISTS (SELECT 1 FROM sale earlier WHERE earlier.customer_id = s.customer_id"
                        + "   AND (earlier.signed_date < s.signed_date"
                        + "     OR (earlier.signed_date = s.signed_date AND earlier.id < s.id)))",
                employeeNo,
                period.start(),
                period.end());
    }

    /** The divisor of avgOrderValue: distinct customers with a counted sale in the period. */
    long payingCustomers(String employeeNo, Period period) throws SQLException {
        return count(
                "SELECT COUNT(DISTINCT s.customer_id) FROM sale s"
                        + " JOIN employee e ON e.id = s.employee_id"
                        + " WHERE e.employee_no = ? AND s.signed_date BETWEEN ? AND ? AND s.excluded = FALSE",
                employeeNo,
                period.start(),
                period.end());
    }

    /**
     * amountDue, collectedOnTime and collected over the rep's receivables due in the period: on
     * time = collected on or before the due date; collected = by the end of the period.
     */
    Collections collections(String employeeNo, Period period) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT SUM(r.amount_due),"
                                + " SUM(CASE WHEN r.collected_date <= r.due_date THEN r.amount_collected ELSE 0 END),"
                                + " SUM(CASE WHEN r.collected_date <= ? THEN r.amount_collected ELSE 0 END)"
                                + " FROM receivable r JOIN employee e ON e.id = r.employee_id"
                                + " WHERE e.employee_no = ? AND r.due_date BETWEEN ? AND ?")) {
            bind(query, period.end(), employeeNo, period.start(), period.end());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Collections(
                        row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3));
            }
        }
    }

    /** satisfaction: mean satisfaction of the rep's feedback dated in the period. */
    BigDecimal satisfaction(String employeeNo, Period period) throws SQLException {
        return decimal(
                "SELECT AVG(f.satisfaction) FROM feedback f"
                        + " JOIN employee e ON e.id = f.employee_id"
                        + " WHERE e.employee_no = ? AND f.feedback_date BETWEEN ? AND ?",
                employeeNo,
                period.start(),
                period.end());
    }

    /**
     * lateSubmissions: plan submissions for month periods inside the evaluated period that arrived
     * after their due time, or are still missing at {@code evaluatedAt} although due.
     */
    long lateSubmissions(String employeeNo, Period period, LocalDateTime evaluatedAt)
            throws SQLException {
        return count(
                "SELECT COUNT(*) FROM plan_submission ps"
                        + " JOIN employee e ON e.id = ps.employee_id"
                        + " JOIN period plan_month ON plan_month.code = ps.period_code AND plan_month.type = 'MONTH'"
                        + " WHERE e.employee_no = ? AND plan_month.start_date >= ? AND plan_month.end_date <= ?"
                        + " AND ((ps.submitted_at IS NOT NULL AND ps.submitted_at > ps.due_at)"
                        + "   OR (ps.submitted_at IS NULL AND ps.due_at < ?))",
                employeeNo,
                period.start(),
                period.end(),
                evaluatedAt);
    }

    /**
     * teamwork: mean score of SUPERVISOR and PEER ratings with dimension TEAMWORK for the period.
     */
    BigDecimal teamwork(String employeeNo, Period period) throws SQLException {
        return decimal(
                "SELECT AVG(r.score) FROM rating r JOIN employee e ON e.id = r.employee_id"
                        + " WHERE e.employee_no = ? AND r.period_code = ? AND r.dimension = 'TEAMWORK'"
                        + " AND r.rater_role IN ('SUPERVISOR', 'PEER')",
                employeeNo,
                period.code());
    }

    BigDecimal quarterlyBaseBonus(String employeeNo) throws SQLException {
        return decimal("SELECT base_bonus_quarter FROM employee WHERE employee_no = ?", employeeNo);
    }

    private BigDecimal decimal(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBigDecimal(1) : null;
            }
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement query, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            query.setObject(i + 1, parameters[i]);
        }
    }
}
