package com.salesperf.evaluation.boundary;

import com.salesperf.period.control.PeriodCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The import batches whose fact rows fall in a period: part of every result's trace. */
final class ImportBatchesUsed {

    private static final List<String> DATED_FACTS =
            List.of(
                    "sale:signed_date",
                    "receivable:due_date",
                    "feedback:feedback_date",
                    "activity:activity_date",
                    "opportunity:created_date",
                    "training:completion_date",
                    "compliance_incident:incident_date");

    private ImportBatchesUsed() {}

    static Set<String> of(Connection connection, PeriodCode period) throws SQLException {
        Set<String> ids = new TreeSet<>();
        for (String fact : DATED_FACTS) {
            String[] tableAndDate = fact.split(":");
            try (PreparedStatement query =
                    connection.prepareStatement(
                            "SELECT DISTINCT import_batch_id FROM "
                                    + tableAndDate[0]
                                    + " WHERE "
                                    + tableAndDate[1]
                                    + " BETWEEN ? AND ? AND import_batch_id IS NOT NULL")) {
                query.setDate(1, java.sql.Date.valueOf(period.start()));
                query.setDate(2, java.sql.Date.valueOf(period.end()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(String.valueOf(rows.getLong(1)));
                    }
                }
            }
        }
        return ids;
    }
}
