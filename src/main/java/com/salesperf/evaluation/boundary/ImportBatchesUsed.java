package com.salesperf.evaluation.boundary;

import com.salesperf.period.control.PeriodCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The import batches whose fact rows fall in a period: part of every result's trace. Asked batch by
 * batch, so the cost grows with the number of imports, not with the period's fact rows: the first
 * date on or after the period's start of each batch and fact table is one probe of the index on
 * batch and date. (Not {@code EXISTS}: a batch that holds most of a table makes PostgreSQL expect
 * an early match from a sequential scan, which then reads the whole table for every other batch.)
 */
final class ImportBatchesUsed {

    /** Each dated fact table with its date column, as {@code table:column}. */
    static final List<String> DATED_FACTS =
            List.of(
                    "sale:signed_date",
                    "receivable:due_date",
                    "feedback:feedback_date",
                    "activity:activity_date",
                    "opportunity:created_date",
                    "training:completion_date",
                    "compliance_incident:incident_date");

    private static final String QUERY =
            "SELECT b.id FROM import_batch b WHERE "
                    + DATED_FACTS.stream()
                            .map(fact -> fact.split(":"))
                            .map(
                                    tableAndDate ->
                                            "(SELECT MIN(f.%2$s) FROM %1$s f WHERE f.import_batch_id = b.id AND f.%2$s >= ?) <= ?"
                                                    .formatted(tableAndDate[0], tableAndDate[1]))
                            .collect(Collectors.joining(" OR "));

    private ImportBatchesUsed() {}

    static Set<String> of(Connection connection, PeriodCode period) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            for (int i = 0; i < DATED_FACTS.size(); i++) {
                query.setDate(2 * i + 1, java.sql.Date.valueOf(period.start()));
                query.setDate(2 * i + 2, java.sql.Date.valueOf(period.end()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(String.valueOf(rows.getLong(1)));
                }
            }
        }
        return ids;
    }
}
