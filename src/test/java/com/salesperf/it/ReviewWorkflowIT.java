package com.salesperf.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.review.boundary.Reviews;
import com.salesperf.review.control.PackageSummary;
import com.salesperf.review.control.ReviewAction;
import com.salesperf.review.control.ReviewStatus;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review workflow on H2 and PostgreSQL: segregation of duties in the service and at the REST
 * API, two HR users approving the same package at once (one wins, the other is told who), and the
 * appeal window enforced by the API. Each test makes its own packages under a fresh run id, so no
 * test depends on another or on evaluation runs.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewWorkflowIT {

    private static final String PASSWORD = "demo1234";
    private static final Caller HR = new Caller("hr", EnumSet.of(Role.HR), null, null);
    private static final Caller HR2 = new Caller("hr2", EnumSet.of(Role.HR), null, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ReviewWorkflowIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource ManagedExecutorService executor;

    @Inject Reviews reviews;

    @ArquillianResource URL base;

    @Test
    void thePreparerCannotApproveTheirOwnPackageNeitherInTheServiceNorThroughTheApi()
            throws SQLException {
        HttpCalls http = new HttpCalls(base);
        long company = unitId("kind = 'COMPANY'");
        long pack = insertPackage(company, "CALCULATED", null);

        HttpResponse<String> submitted =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/submit", "hr", PASSWORD, "{\"version\":0}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body())
                .contains("\"status\":\"SUBMITTED\"")
                .contains("\"preparedBy\":\"hr\"");

        HttpResponse<String> own =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve", "hr", PASSWORD, "{\"version\":1}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body())
                .contains("review.refused.APPROVER_IS_PREPARER")
                .contains("segregation of duties");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> reviews.act(HR, pack, ReviewAction.APPROVE, 1, null))
                .hasMessageContaining("segregation of duties");

        HttpResponse<String> other =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve", "hr2", PASSWORD, "{\"version\":1}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body())
                .contains("\"status\":\"APPROVED\"")
                .contains("\"approvedBy\":\"hr2\"");
    }

    @Test
    void managersPrepareButNeverApproveAndARejectionNeedsAComment() throws SQLException {
        HttpCalls http = new HttpCalls(base);
        long east = unitId("code = 'EAST'");
        long pack = insertPackage(east, "CALCULATED", null);

        assertThat(
                        http.postJson(
                                        "/api/v1/reviews/" + pack + "/submit",
                                        "mgr.east",
                                        PASSWORD,
                                        "{\"version\":0}")
                                .statusCode())
                .isEqualTo(200);
        HttpResponse<String> managerApproves =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve",
                        "mgr.east",
                        PASSWORD,
                        "{\"version\":1}");
        assertThat(managerApproves.statusCode()).isEqualTo(403);

        HttpResponse<String> silent =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reject", "hr", PASSWORD, "{\"version\":1}");
        assertThat(silent.statusCode()).isEqualTo(422);
        assertThat(silent.body()).contains("review.refused.TEXT_REQUIRED");

        HttpResponse<String> rejected =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reject",
                        "hr",
                        PASSWORD,
                        "{\"version\":1,\"comment\":\"Team B bonus over budget\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("\"status\":\"CALCULATED\"")
                .contains("Team B bonus over budget");

        // Another region's manager does not even learn that the package exists.
        assertThat(http.get("/api/v1/reviews/" + pack, "mgr.north", PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(auditActions(pack)).contains("REVIEW_SUBMIT", "REVIEW_REJECT");
    }

    @Test
    void twoApproversAtOnceOneWinsTheOtherIsToldWhoChangedIt() throws Exception {
        long company = unitId("kind = 'COMPANY'");
        long pack = insertPackage(company, "SUBMITTED", "mgr.east");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PackageSummary>> attempts = new ArrayList<>();
        for (Caller approver : List.of(HR, HR2)) {
            attempts.add(
                    executor.submit(
                            () -> {
                                start.await();
                                return reviews.act(approver, pack, ReviewAction.APPROVE, 0, null);
                            }));
        }
        start.countDown();
        List<PackageSummary> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<PackageSummary> attempt : attempts) {
            try {
                won.add(attempt.get());
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by " + won.get(0).approvedBy());
        assertThat(won.get(0).status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(auditActions(pack)).containsOnlyOnce("REVIEW_APPROVE");

        HttpResponse<String> stale =
                new HttpCalls(base)
                        .postJson(
                                "/api/v1/reviews/" + pack + "/publish",
                                "hr",
                                PASSWORD,
                                "{\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("error.concurrentChange")
                .contains(won.get(0).approvedBy());
    }

    @Test
    void theApiRefusesAppealsAfterThreeWorkingDaysAndOnlyTheRepMayAppeal() throws SQLException {
        HttpCalls http = new HttpCalls(base);
        long company = unitId("kind = 'COMPANY'");
        long s001 = employeeOf("s001");
        Instant now = Instant.now();
        long late =
                insertRepResult(
                        insertPackage(company, "PUBLISHED", "mgr.east"),
                        s001,
                        now.minus(Duration.ofDays(10)),
                        now.minus(Duration.ofDays(5)));
        HttpResponse<String> tooLate =
                http.postJson(
                        "/api/v1/my/results/" + late + "/appeal",
                        "s001",
                        PASSWORD,
                        "{\"version\":0,\"text\":\"My Q3 collections were booked late\"}");
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(tooLate.body()).contains("review.refused.APPEAL_WINDOW_CLOSED");

        long open =
                insertRepResult(
                        insertPackage(company, "PUBLISHED", "mgr.east"),
                        s001,
                        now.minus(Duration.ofHours(1)),
                        now.plus(Duration.ofDays(3)));
        HttpResponse<String> someoneElse =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s002",
                        PASSWORD,
                        "{\"version\":0,\"text\":\"not mine\"}");
        assertThat(someoneElse.statusCode()).isEqualTo(404);

        HttpResponse<String> badFile =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s001",
                        PASSWORD,
                        "{\"version\":0,\"text\":\"see file\",\"attachmentName\":\"x.exe\","
                                + "\"attachmentBase64\":\"TVqQAAMAAAAEAAAA\"}");
        assertThat(badFile.statusCode()).isEqualTo(422);
        assertThat(badFile.body()).contains("review.attachment.type");

        HttpResponse<String> appealed =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s001",
                        PASSWORD,
                        "{\"version\":0,\"text\":\"My Q3 collections were booked late\","
                                + "\"attachmentName\":\"proof.pdf\","
                                + "\"attachmentBase64\":\"JVBERi0xLjQKJSBwcm9vZg==\"}");
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(200);
        assertThat(appealed.body()).contains("\"status\":\"APPEALED\"").contains("proof.pdf");

        HttpResponse<String> dismissed =
                http.postJson(
                        "/api/v1/appeals/" + open + "/dismiss",
                        "hr",
                        PASSWORD,
                        "{\"version\":1,\"decision\":\"The collections arrived in Q4.\"}");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.body()).contains("\"status\":\"FINAL\"").contains("DISMISSED");

        HttpResponse<String> mine = http.get("/api/v1/my/results", "s001", PASSWORD);
        assertThat(mine.body()).contains("The collections arrived in Q4.");
    }

    @Test
    void theAuditPackageOfAClosedPeriodOpensAndItsManifestVerifies() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "UPDATE period SET status = 'CLOSED' WHERE code = '2022Q1'")) {
            s.executeUpdate();
        }
        HttpCalls http = new HttpCalls(base);
        assertThat(http.get("/api/v1/periods/2022Q1/audit-package", "s001", PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> open =
                http.get("/api/v1/periods/2023Q4/audit-package", "auditor", PASSWORD);
        assertThat(open.statusCode()).isEqualTo(422);
        assertThat(open.body()).contains("review.auditPackage.notClosed");

        HttpResponse<byte[]> zip =
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(
                                                        base.toExternalForm().replaceAll("/$", "")
                                                                + "/api/v1/periods/2022Q1/audit-package"))
                                        .header(
                                                "Authorization",
                                                HttpCalls.basic("auditor", PASSWORD))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files)
                .containsKeys(
                        "results.csv",
                        "results.xlsx",
                        "traces.json",
                        "imports.csv",
                        "audit-entries.json",
                        "checkpoint.txt",
                        "SHA256SUMS");
        String manifest =
                new String(files.get("SHA256SUMS"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manifest.lines()).hasSize(files.size() - 1);
        for (String line : manifest.strip().split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(com.salesperf.evaluation.control.Sha256.hex(files.get(parts[1])))
                    .as(parts[1])
                    .isEqualTo(parts[0]);
        }

        HttpResponse<String> payroll =
                http.get("/api/v1/periods/2022Q1/payroll", "finance", PASSWORD);
        assertThat(payroll.statusCode()).isEqualTo(200);
        assertThat(payroll.body()).contains("employee_no").contains("bonus");
        assertThat(http.get("/api/v1/periods/2022Q1/payroll", "s001", PASSWORD).statusCode())
                .isEqualTo(403);
    }

    private long insertPackage(long unit, String status, String preparedBy) throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long run = insertRun();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO review_package (id, run_id, period_code, org_unit_id,"
                                        + " status, opened_by, opened_at, prepared_by, changed_by,"
                                        + " changed_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setLong(2, run);
            s.setString(3, "2023Q3");
            s.setLong(4, unit);
            s.setString(5, status);
            s.setString(6, "it");
            s.setTimestamp(7, now);
            s.setString(8, preparedBy);
            s.setString(9, preparedBy == null ? "it" : preparedBy);
            s.setTimestamp(10, now);
            s.executeUpdate();
        }
        return id;
    }

    /**
     * A finished run of its own for each package: a preview of a period long past, so no list of
     * real runs and no other test ever sees it.
     */
    private long insertRun() throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO evaluation_run (id, period_code, period_type,"
                                        + " scheme_version_id, scheme_code, scheme_version,"
                                        + " scheme_hash, plan_version_id, plan_code, plan_version,"
                                        + " plan_hash, trigger_key, preview, status, phase, attempts,"
                                        + " total_items, scored_items, written_items, engine_version,"
                                        + " requested_by, created_at, version) VALUES (?, '2019Q1',"
                                        + " 'QUARTER', 0, 'IT-REVIEW', 1, 'x', 0, 'IT-REVIEW', 1, 'x',"
                                        + " ?, TRUE, 'COMPLETED', 'DONE', 1, 0, 0, 0, 'it', 'it', ?,"
                                        + " 0)")) {
            s.setLong(1, id);
            s.setString(2, "IT-REVIEW-" + id);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    private long insertRepResult(long pack, long employee, Instant published, Instant until)
            throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO rep_result (id, package_id, run_id, employee_id,"
                                        + " status, published_at, appeal_until, result_version,"
                                        + " changed_by, changed_at, version)"
                                        + " SELECT ?, id, run_id, ?, 'PUBLISHED', ?, ?, 1, 'hr', ?, 0"
                                        + " FROM review_package WHERE id = ?")) {
            s.setLong(1, id);
            s.setLong(2, employee);
            s.setTimestamp(3, Timestamp.from(published));
            s.setTimestamp(4, Timestamp.from(until));
            s.setTimestamp(5, Timestamp.from(published));
            s.setLong(6, pack);
            s.executeUpdate();
        }
        return id;
    }

    private long unitId(String where) throws SQLException {
        return single("SELECT id FROM org_unit WHERE " + where);
    }

    private long employeeOf(String username) throws SQLException {
        return single("SELECT employee_id FROM portal_user WHERE username = '" + username + "'");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getLong(1);
        }
    }

    private List<String> auditActions(long packageId) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT action FROM audit_entry WHERE entity_type = 'ReviewPackage'"
                                        + " AND entity_id = ? ORDER BY seq")) {
            s.setString(1, String.valueOf(packageId));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
        }
        return actions;
    }
}
