package com.salesperf.data.control;

import static com.salesperf.data.control.Files.csv;
import static com.salesperf.data.control.Files.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.demo.control.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole import pipeline against the real schema (Flyway migrations) on the H2 version that
 * Payara Micro bundles: upserts, dated assignments, target adjustments, nothing stored on error.
 */
class FileImportH2Test {

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = TestDatabases.h2(UUID.randomUUID().toString());
        connection.setAutoCommit(false);
        run(
                ImportKind.ORG_UNITS,
                "HQ,总公司,HQ,,COMPANY,,",
                "EAST,华东区,East,HQ,REGION,MATURE,",
                "EAST-1,华东一组,East 1,EAST,TEAM,MATURE,GROWING",
                "EAST-2,华东二组,East 2,EAST,TEAM,MATURE,NEW");
        run(
                ImportKind.REPS,
                "M01,经理,EAST,,SENIOR,2020-01-01,0,0,0,true",
                "S001,张伟,EAST-1,M01,JUNIOR,2022-03-01,1000,3000,12000,true");
        run(ImportKind.CUSTOMERS, "C1,客户一,HIGH_VALUE", "C2,客户二,LONG_TAIL");
        execute(
                "INSERT INTO period (id, code, type, start_date, end_date, status) VALUES (1, '2023Q3', 'QUARTER', DATE '2023-07-01', DATE '2023-09-30', 'OPEN')");
        connection.commit();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void reimportingTheSameIdsUpdatesInsteadOfDuplicating() throws SQLException {
        ImportOutcome first =
                run(
                        ImportKind.SALES,
                        "O1,S001,C1,sw,2023-07-01,100",
                        "O2,S001,C2,hw,2023-07-02,200");
        ImportOutcome second =
                run(
                        ImportKind.SALES,
                        "O1,S001,C1,sw,2023-07-01,150",
                        "O3,S001,C2,hw,2023-07-03,300");
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.inserted()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) || '/' || SUM(amount) FROM sale")).isEqualTo("3/650.00");
        assertThat(query("SELECT import_batch_id FROM sale WHERE external_id = 'O1'"))
                .isEqualTo(String.valueOf(second.batchId()));
        assertThat(
                        query(
                                "SELECT row_count || '/' || inserted_count || '/' || updated_count FROM import_batch WHERE id = "
                                        + second.batchId()))
                .isEqualTo("2/1/1");
    }

    @Test
    void collectionsTakeTheRepOfTheirOrder() throws SQLException {
        run(ImportKind.SALES, "O1,S001,C1,sw,2023-07-01,100");
        run(ImportKind.COLLECTIONS, "R1,O1,100,2023-08-01,,", "R2,O1,50,2023-09-01,50,2023-08-30");
        assertThat(
                        query(
                                "SELECT COUNT(*) FROM receivable r JOIN employee e ON e.id = r.employee_id WHERE e.employee_no = 'S001'"))
                .isEqualTo("2");
        assertThat(query("SELECT amount_collected FROM receivable WHERE external_id = 'R1'"))
                .isEqualTo("0.00");
    }

    @Test
    void aMovedRepGetsADatedAssignment() throws SQLException {
        assertThat(
                        query(
                                "SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id WHERE e.employee_no = 'S001'"))
                .isEqualTo("1");
        run(ImportKind.REPS, "S001,张伟,EAST-2,M01,JUNIOR,2022-03-01,1000,3000,12000,true");
        assertThat(
                        query(
                                "SELECT COUNT(*) || '/' || COUNT(valid_to) FROM assignment a JOIN employee e ON e.id = a.employee_id WHERE e.employee_no = 'S001'"))
                .isEqualTo("2/1");
        assertThat(
                        query(
                                "SELECT u.code FROM assignment a JOIN org_unit u ON u.id = a.org_unit_id JOIN employee e ON e.id = a.employee_id WHERE e.employee_no = 'S001' AND a.valid_to IS NULL"))
                .isEqualTo("EAST-2");
        assertThat(query("SELECT base_bonus_half_year FROM employee WHERE employee_no = 'S001'"))
                .isEqualTo("6000.00");
    }

    @Test
    void aChangedTargetValueIsRecordedAsAnAdjustment() throws SQLException {
        run(ImportKind.TARGETS, "2023Q3,REP,S001,sales,300000", "2023Q3,TEAM,EAST-1,sales,900000");
        run(ImportKind.TARGETS, "2023Q3,REP,S001,sales,320000", "2023Q3,TEAM,EAST-1,sales,900000");
        assertThat(query("SELECT COUNT(*) FROM target")).isEqualTo("2");
        assertThat(
                        query(
                                "SELECT old_value || '>' || new_value || ' ' || reason FROM target_adjustment"))
                .isEqualTo("300000.0000>320000.0000 import");
    }

    @Test
    void aFileWithOneBadRowStoresNothing() throws SQLException {
        String before = query("SELECT COUNT(*) FROM import_batch");
        assertThatThrownBy(
                        () ->
                                run(
                                        ImportKind.SALES,
                                        "O1,S001,C1,sw,2023-07-01,100",
                                        "O2,S001,C9,sw,2023-07-01,100"))
                .isInstanceOf(ImportRefusedException.class);
        connection.rollback();
        assertThat(query("SELECT COUNT(*) FROM sale")).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM import_batch")).isEqualTo(before);
    }

    @Test
    void importing100000SalesTakesSeconds() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(
                    "P"
                            + i
                            + ",S001,C"
                            + (1 + i % 2)
                            + ",sw,2023-07-"
                            + String.format("%02d", 1 + i % 28)
                            + ","
                            + (100 + i % 1000)
                            + ".50");
        }
        long start = System.nanoTime();
        ImportOutcome first = run(ImportKind.SALES, rows.toArray(String[]::new));
        long inserted = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportOutcome second = run(ImportKind.SALES, rows.toArray(String[]::new));
        long updated = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "100,000 sales rows on embedded H2: insert %d ms, re-import (update) %d ms%n",
                inserted, updated);
        assertThat(first.inserted()).isEqualTo(100_000);
        assertThat(second.updated()).isEqualTo(100_000);
        assertThat(query("SELECT COUNT(*) FROM sale")).isEqualTo("100000");
    }

    private ImportOutcome run(ImportKind kind, String... rows) throws SQLException {
        byte[] bytes = utf8(csv(kind, rows));
        RawTable table =
                UploadInspector.read(
                        kind.slug() + ".csv", bytes, UploadInspector.DEFAULT_MAX_BYTES);
        ImportOutcome outcome =
                FileImport.run(
                        connection,
                        new FileImport.Received(
                                kind, kind.slug() + ".csv", "0".repeat(64), FileImport.Source.API),
                        table,
                        "tester",
                        LocalDateTime.now());
        connection.commit();
        return outcome;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
