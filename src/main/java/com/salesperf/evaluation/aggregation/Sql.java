package com.salesperf.evaluation.aggregation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One aggregation query: SQL text plus its parameters in order, run row by row. */
final class Sql {

    interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String sql, Object... values) {
        text.append(sql);
        Collections.addAll(parameters, values);
        return this;
    }

    /** {@code (?, ?, …)} for the values. */
    Sql in(List<String> values) {
        text.append('(').append(String.join(", ", Collections.nCopies(values.size(), "?")));
        text.append(')');
        parameters.addAll(values);
        return this;
    }

    /** Restricts to one employee when one is given; {@code column} names its id column. */
    Sql onlyEmployee(String column, Long employeeId) {
        return employeeId == null ? this : append(" AND " + column + " = ?", employeeId);
    }

    void forEach(Connection connection, RowHandler handler) throws SQLException {
        // No fetch size: PostgreSQL plans a query fetched in portions without parallel workers, and
        // an aggregate's rows (one or a few per rep) fit in memory anyway.
        try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, jdbc(parameters.get(i)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.row(rows);
                }
            }
        }
    }

    private static Object jdbc(Object value) {
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof LocalDateTime time) {
            return java.sql.Timestamp.valueOf(time);
        }
        return value;
    }

    static BigDecimal decimal(ResultSet row, int column) throws SQLException {
        return row.getBigDecimal(column);
    }

    static BigDecimal count(ResultSet row, int column) throws SQLException {
        return BigDecimal.valueOf(row.getLong(column));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
