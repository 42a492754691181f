package com.salesperf.evaluation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.demo.control.DemoCompanyGenerator;
import com.salesperf.demo.control.DemoSize;
import com.salesperf.demo.control.TestDatabases;
import com.salesperf.period.control.PeriodCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batches found by probing each batch are exactly those a scan of the period's fact rows finds,
 * on the demo company plus two batches whose rows lie in one quarter only.
 */
class ImportBatchesUsedH2Test {

    private static final PeriodCode Q2 = PeriodCode.parse("2023Q2");
    private static final PeriodCode Q3 = PeriodCode.parse("2023Q3");
    private static final long ONLY_Q2_SALE = 900_001;
    private static final long ONLY_Q3_RECEIVABLE = 900_002;

    private static Connection connection;

    @BeforeAll
    static void demoCompanyWithTwoMoreBatches() throws SQLException {
        connection = TestDatabases.h2("import-batches");
        new DemoCompanyGenerator().generate(connection, DemoSize.standard());
        try (Statement statement = connection.createStatement()) {
            for (String batch :
                    List.of(ONLY_Q2_SALE + ", 'sales'", ONLY_Q3_RECEIVABLE + ", 'collections'")) {
                statement.executeUpdate(
                        "INSERT INTO import_batch (id, kind, file_name, file_sha256, source,"
                                + " imported_by, imported_at, row_count, inserted_count,"
                                + " updated_count) VALUES ("
                                + batch
                                + ", 'late.csv', 'x', 'UPLOAD', 'test', CURRENT_TIMESTAMP, 1, 0, 1)");
            }
            assertThat(
                            statement.executeUpdate(
                                    "UPDATE sale SET import_batch_id = "
                                            + ONLY_Q2_SALE
                                            + " WHERE id = (SELECT MIN(id) FROM sale WHERE"
                                            + " signed_date BETWEEN DATE '2023-04-01' AND DATE '2023-06-30')"))
                    .isOne();
            assertThat(
                            statement.executeUpdate(
                                    "UPDATE receivable SET import_batch_id = "
                                            + ONLY_Q3_RECEIVABLE
                                            + " WHERE id = (SELECT MIN(id) FROM receivable WHERE"
                                            + " due_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30')"))
                    .isOne();
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void aPeriodHasExactlyTheBatchesOfItsFactRows() throws SQLException {
        for (PeriodCode period : List.of(Q2, Q3)) {
            assertThat(ImportBatchesUsed.of(connection, period))
                    .as(period.toString())
                    .isNotEmpty()
                    .isEqualTo(scanned(period));
        }
    }

    @Test
    void aBatchCountsOnlyForThePeriodsItsRowsLieIn() throws SQLException {
        assertThat(ImportBatchesUsed.of(connection, Q2))
                .contains(String.valueOf(ONLY_Q2_SALE))
                .doesNotContain(String.valueOf(ONLY_Q3_RECEIVABLE));
        assertThat(ImportBatchesUsed.of(connection, Q3))
                .contains(String.valueOf(ONLY_Q3_RECEIVABLE))
                .doesNotContain(String.valueOf(ONLY_Q2_SALE));
    }

    /** The batch ids of every fact row dated in the period, one scan per table. */
    private static Set<String> scanned(PeriodCode period) throws SQLException {
        Set<String> ids = new TreeSet<>();
        for (String fact : ImportBatchesUsed.DATED_FACTS) {
            String[] tableAndDate = fact.split(":");
            try (PreparedStatement query =
                    connection.prepareStatement(
                            "SELECT DISTINCT import_batch_id FROM "
                                    + tableAndDate[0]
                                    + " WHERE "
                                    + tableAndDate[1]
                                    + " BETWEEN ? AND ? AND import_batch_id IS NOT NULL")) {
                query.setObject(1, period.start());
                query.setObject(2, period.end());
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
