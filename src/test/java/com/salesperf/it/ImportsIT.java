package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.DEMO_PASSWORD;
import static com.salesperf.it.TestSupport.FINANCE;
import static com.salesperf.it.TestSupport.single;
import static com.salesperf.it.TestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.data.boundary.Confirmations;
import com.salesperf.data.boundary.Imports;
import com.salesperf.data.boundary.SalesLedger;
import com.salesperf.data.control.FileImport;
import com.salesperf.data.control.ImportKind;
import com.salesperf.data.control.ImportOutcome;
import com.salesperf.data.control.ImportProblem;
import com.salesperf.data.control.ImportRefusedException;
import com.salesperf.data.control.SaleFilter;
import com.salesperf.data.control.SaleRow;
import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on H2 and PostgreSQL: all-or-nothing, idempotent re-imports, encodings and
 * spreadsheets, the REST contract (200/422/413/415/403), outlier exclusion, finance confirmation,
 * an imported unit in the scope checks at once, and the time of a 100,000-row sales import. Each
 * test makes its own company slice with a unique prefix, so tests depend on no order and on no demo
 * data.
 */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ImportsIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject Imports imports;

    @Inject SalesLedger ledger;

    @Inject Confirmations confirmations;

    @Inject DataScope dataScope;

    @ArquillianResource URL base;

    /** A region, a team, two reps and two customers, all named with a fresh prefix. */
    private String company() {
        String p = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        run(
                ImportKind.ORG_UNITS,
                p + "-HQ,总部,HQ,,COMPANY,,",
                p + "-R,华东区,East," + p + "-HQ,REGION,MATURE,",
                p + "-T1,一组,Team 1," + p + "-R,TEAM,MATURE,NEW",
                p + "-T2,二组,Team 2," + p + "-R,TEAM,MATURE,GROWING");
        run(
                ImportKind.REPS,
                p + "-1,张伟," + p + "-T1,,JUNIOR,2022-01-01,1000,3000,12000,true",
                p + "-2,李娜," + p + "-T1," + p + "-1,SENIOR,2021-05-01,1500,4500,18000,true");
        run(ImportKind.CUSTOMERS, p + "-C1,客户甲,HIGH_VALUE", p + "-C2,客户乙,POTENTIAL");
        return p;
    }

    @Test
    void aFileWithBadRowsStoresNothingAndReportsEveryError() throws SQLException {
        String p = company();
        String file =
                csv(
                        ImportKind.SALES,
                        p + "-O1," + p + "-1," + p + "-C1,software,2023-07-01,100.00",
                        p + "-O2," + p + "-1," + p + "-C9,software,2023-07-02,200.00",
                        p + "-O3," + p + "-2," + p + "-C2,software,2023-02-30,abc");
        assertThatThrownBy(
                        () ->
                                imports.importFile(
                                        FINANCE,
                                        "sales",
                                        p + ".csv",
                                        utf8(file),
                                        FileImport.Source.UPLOAD))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(ImportProblem::row, ImportProblem::column)
                                        .containsExactly(
                                                org.assertj.core.api.Assertions.tuple(
                                                        3, "customer_id"),
                                                org.assertj.core.api.Assertions.tuple(
                                                        4, "signed_date"),
                                                org.assertj.core.api.Assertions.tuple(
                                                        4, "amount")));
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM sale WHERE external_id LIKE ?",
                                p + "-%"))
                .isZero();
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM import_batch WHERE file_name = ?",
                                p + ".csv"))
                .isZero();
    }

    @Test
    void importingTheSameFileTwiceUpdatesTheRows() throws SQLException {
        String p = company();
        String file =
                csv(
                        ImportKind.SALES,
                        p + "-O1," + p + "-1," + p + "-C1,software,2023-07-01,100.00",
                        p + "-O2," + p + "-2," + p + "-C2,hardware,2023-07-02,200.00");
        ImportOutcome first =
                imports.importFile(FINANCE, "sales", "a.csv", utf8(file), FileImport.Source.UPLOAD);
        ImportOutcome second =
                imports.importFile(FINANCE, "sales", "a.csv", utf8(file), FileImport.Source.UPLOAD);
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM sale WHERE external_id LIKE ?",
                                p + "-%"))
                .isEqualTo(2);
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_IMPORTED' AND entity_id = ?",
                                String.valueOf(second.batchId())))
                .isEqualTo(1);
    }

    @Test
    void aMovedRepGetsADatedAssignmentAndAChangedTargetAnAdjustment() throws SQLException {
        String p = company();
        run(ImportKind.REPS, p + "-1,张伟," + p + "-T2,,JUNIOR,2022-01-01,1000,3000,12000,true");
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id"
                                        + " WHERE e.employee_no = ?",
                                p + "-1"))
                .isEqualTo(2);
        String period = freshPeriod();
        run(
                ImportKind.TARGETS,
                period + ",REP," + p + "-1,sales,1000",
                period + ",TEAM," + p + "-T1,sales,5000");
        run(
                ImportKind.TARGETS,
                period + ",REP," + p + "-1,sales,1200",
                period + ",TEAM," + p + "-T1,sales,5000");
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM target_adjustment a JOIN target t ON t.id = a.target_id"
                                        + " WHERE t.scope_code = ? AND a.reason = 'import'",
                                p + "-1"))
                .isEqualTo(1);
    }

    @Test
    void utf8WithBomAndXlsxAreImportedAndGbkIsRefusedWithAClearMessage() throws Exception {
        String p = company();
        String file = csv(ImportKind.CUSTOMERS, p + "-C3,华南客户,LONG_TAIL");
        byte[] bom = ("\uFEFF" + file).getBytes(StandardCharsets.UTF_8);
        assertThat(
                        imports.importFile(
                                        ADMIN,
                                        "customers",
                                        "bom.csv",
                                        bom,
                                        FileImport.Source.UPLOAD)
                                .inserted())
                .isEqualTo(1);
        assertThat(text(dataSource, "SELECT name FROM customer WHERE external_id = ?", p + "-C3"))
                .isEqualTo("华南客户");
        byte[] gbk =
                csv(ImportKind.CUSTOMERS, p + "-C4,华北客户,LONG_TAIL")
                        .getBytes(Charset.forName("GBK"));
        assertThatThrownBy(
                        () ->
                                imports.importFile(
                                        ADMIN,
                                        "customers",
                                        "gbk.csv",
                                        gbk,
                                        FileImport.Source.UPLOAD))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("import.error.gbk"));
        byte[] xlsx = workbook(ImportKind.CUSTOMERS, List.of(p + "-C5", "西部客户", "POTENTIAL"));
        assertThat(
                        imports.importFile(
                                        ADMIN,
                                        "customers",
                                        "c.xlsx",
                                        xlsx,
                                        FileImport.Source.UPLOAD)
                                .inserted())
                .isEqualTo(1);
        assertThat(text(dataSource, "SELECT name FROM customer WHERE external_id = ?", p + "-C5"))
                .isEqualTo("西部客户");
    }

    @Test
    void theRestApiAnswers200422413415And403() {
        String p = company();
        HttpCalls http = new HttpCalls(base);
        HttpResponse<String> ok =
                http.postCsv(
                        "/api/v1/imports/sales?fileName=" + p + ".csv",
                        "finance",
                        DEMO_PASSWORD,
                        csv(
                                ImportKind.SALES,
                                p + "-O1," + p + "-1," + p + "-C1,software,2023-07-01,100.00"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body())
                .contains(
                        "\"kind\":\"sales\"",
                        "\"rows\":1",
                        "\"inserted\":1",
                        "\"updated\":0",
                        "\"batchId\":");
        HttpResponse<String> invalid =
                http.postCsv(
                        "/api/v1/imports/sales",
                        "finance",
                        DEMO_PASSWORD,
                        csv(
                                ImportKind.SALES,
                                p + "-O2,NOBODY," + p + "-C1,software,2023-07-01,-1",
                                p + "-O3," + p + "-1," + p + "-C1,software,2023-07-01,5"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body())
                .contains(
                        "\"status\":422",
                        "\"details\":[",
                        "\"column\":\"employee_no\"",
                        "\"row\":2",
                        "import.error.unknownEmployee",
                        "NOBODY");
        assertThat(invalid.body()).contains("\"column\":\"amount\"");
        byte[] huge = new byte[(int) imports.maxBytes() + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(
                        http.post(
                                        "/api/v1/imports/sales",
                                        "finance",
                                        DEMO_PASSWORD,
                                        "text/csv",
                                        huge)
                                .statusCode())
                .isEqualTo(413);
        assertThat(
                        http.post(
                                        "/api/v1/imports/sales",
                                        "finance",
                                        DEMO_PASSWORD,
                                        "application/json",
                                        utf8("{}"))
                                .statusCode())
                .isEqualTo(415);
        assertThat(
                        http.post(
                                        "/api/v1/imports/sales?fileName=x.pdf",
                                        "finance",
                                        DEMO_PASSWORD,
                                        "text/csv",
                                        utf8("a"))
                                .statusCode())
                .isEqualTo(415);
        assertThat(
                        http.post(
                                        "/api/v1/imports/sales?fileName=x.xlsx",
                                        "finance",
                                        DEMO_PASSWORD,
                                        XLSX,
                                        utf8("not a zip"))
                                .statusCode())
                .isEqualTo(415);
        assertThat(http.postCsv("/api/v1/imports/sales", "s001", DEMO_PASSWORD, "x").statusCode())
                .isEqualTo(403);
        assertThat(http.postCsv("/api/v1/imports/reps", "finance", DEMO_PASSWORD, "x").statusCode())
                .isEqualTo(403);
        HttpResponse<String> history = http.get("/api/v1/imports?size=5", "admin", DEMO_PASSWORD);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains(p + ".csv");
    }

    @Test
    void aTeamImportedOverTheApiIsInItsRegionManagersScopeAtOnce() throws SQLException {
        String p = company();
        long region = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-R");
        Caller regionManager = new Caller(p.toLowerCase(), EnumSet.of(Role.MANAGER), null, region);
        // the scope check reads the cached org tree, so it is fresh when the import starts
        dataScope.of(regionManager);
        HttpResponse<String> imported =
                new HttpCalls(base)
                        .postCsv(
                                "/api/v1/imports/org-units",
                                "admin",
                                DEMO_PASSWORD,
                                csv(
                                        ImportKind.ORG_UNITS,
                                        p + "-T3,三组,Team 3," + p + "-R,TEAM,MATURE,NEW"));
        assertThat(imported.statusCode()).isEqualTo(200);
        long newTeam = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-T3");
        assertThat(dataScope.of(regionManager).canSeeUnit(newTeam)).isTrue();
    }

    @Test
    void anExcludedSaleStaysVisibleAndFinanceConfirmationFollowsTheData() {
        String p = company();
        String period = freshPeriod();
        LocalDate day = com.salesperf.period.control.PeriodCode.parse(period).start();
        run(
                ImportKind.SALES,
                p + "-O1," + p + "-1," + p + "-C1,software," + day + ",100.00",
                p + "-O2," + p + "-2," + p + "-C2,software," + day.plusDays(1) + ",5000000.00");
        assertThat(confirmations.isConfirmed(period)).isFalse();
        confirmations.confirm(FINANCE, period);
        assertThat(confirmations.isConfirmed(period)).isTrue();
        SaleRow outlier =
                ledger.page(
                                ADMIN,
                                new SaleFilter(null, p + "-C2", null, null, null, null),
                                new PageRequest(0, 10, "amount", false, null))
                        .get(0);
        assertThatThrownBy(() -> ledger.exclude(ADMIN, outlier.id(), " "))
                .isInstanceOf(com.salesperf.platform.control.BusinessException.class);
        assertThatThrownBy(() -> ledger.exclude(FINANCE, outlier.id(), "one-off"))
                .isInstanceOf(com.salesperf.platform.control.AccessDeniedException.class);
        ledger.exclude(ADMIN, outlier.id(), "one-off order");
        SaleFilter excludedOnly =
                new SaleFilter(null, null, day, day.plusDays(5), null, Boolean.TRUE);
        assertThat(ledger.page(ADMIN, excludedOnly, new PageRequest(0, 10, null, true, null)))
                .extracting(SaleRow::orderId, SaleRow::exclusionReason)
                .containsExactly(org.assertj.core.api.Assertions.tuple(p + "-O2", "one-off order"));
        assertThat(confirmations.isConfirmed(period))
                .as("the total changed after confirmation")
                .isFalse();
        assertThat(confirmations.status(FINANCE, period).changedSinceConfirmation()).isTrue();
        confirmations.confirm(FINANCE, period);
        assertThat(confirmations.isConfirmed(period)).isTrue();
        assertThat(confirmations.status(FINANCE, period).current().salesTotal())
                .isEqualByComparingTo("100.00");
        ledger.include(ADMIN, outlier.id(), null);
        assertThat(confirmations.isConfirmed(period)).isFalse();
    }

    @Test
    void importing100000SalesRowsTakesSeconds() throws SQLException {
        String p = company();
        List<String> rows = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            rows.add(
                    p
                            + "-B"
                            + i
                            + ","
                            + p
                            + "-"
                            + (1 + i % 2)
                            + ","
                            + p
                            + "-C"
                            + (1 + i % 2)
                            + ",software,2023-0"
                            + (1 + i % 9)
                            + "-"
                            + String.format("%02d", 1 + i % 28)
                            + ","
                            + (100 + i % 5000)
                            + ".25");
        }
        byte[] file = utf8(csv(ImportKind.SALES, rows.toArray(String[]::new)));
        long start = System.nanoTime();
        ImportOutcome inserted =
                imports.importFile(FINANCE, "sales", "big.csv", file, FileImport.Source.API);
        long insertMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportOutcome updated =
                imports.importFile(FINANCE, "sales", "big.csv", file, FileImport.Source.API);
        long updateMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "IMPORT TIMING %s: 100,000 sales rows (%d KB) inserted in %d ms, re-imported (updated) in %d ms%n",
                System.getProperty("it.database", dataSource.getClass().getSimpleName()),
                file.length / 1024,
                insertMs,
                updateMs);
        assertThat(inserted.inserted()).isEqualTo(100_000);
        assertThat(updated.updated()).isEqualTo(100_000);
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM sale WHERE external_id LIKE ?",
                                p + "-B%"))
                .isEqualTo(100_000);
    }

    private ImportOutcome run(ImportKind kind, String... rows) {
        return imports.importFile(
                ADMIN,
                kind.slug(),
                kind.slug() + ".csv",
                utf8(csv(kind, rows)),
                FileImport.Source.API);
    }

    /** A month period of a random far-future year, so its totals hold only this test's sales. */
    private String freshPeriod() {
        int year = ThreadLocalRandom.current().nextInt(2100, 2999);
        int month = ThreadLocalRandom.current().nextInt(1, 13);
        String code = year + "-" + String.format("%02d", month);
        LocalDate start = LocalDate.of(year, month, 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO period (id, code, type, start_date, end_date, status) VALUES (?, ?, 'MONTH', ?, ?, 'OPEN')")) {
            // negative ids never meet the sequence-allocated ones
            insert.setLong(1, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2));
            insert.setString(2, code);
            insert.setObject(3, start);
            insert.setObject(4, start.plusMonths(1).minusDays(1));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }

    static String csv(ImportKind kind, String... rows) {
        return kind.headerLine() + "\n" + String.join("\n", rows) + "\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(ImportKind kind, List<String> values) throws java.io.IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.slug());
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int i = 0; i < kind.columns().size(); i++) {
                header.createCell(i).setCellValue(kind.columns().get(i));
                row.createCell(i).setCellValue(values.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
