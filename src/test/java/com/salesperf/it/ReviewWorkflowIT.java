package com.salesperf.it;

import static com.salesperf.it.TestSupport.DEMO_PASSWORD;
import static com.salesperf.it.TestSupport.HR;
import static com.salesperf.it.TestSupport.single;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
        long pack = fixtures().reviewPackage(company, "CALCULATED", null);

        HttpResponse<String> submitted =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/submit",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":0}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body())
                .contains("\"status\":\"SUBMITTED\"")
                .contains("\"preparedBy\":\"hr\"");

        HttpResponse<String> own =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":1}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body())
                .contains("review.refused.APPROVER_IS_PREPARER")
                .contains("segregation of duties");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> reviews.act(HR, pack, ReviewAction.APPROVE, 1, null))
                .hasMessageContaining("segregation of duties");

        HttpResponse<String> other =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve",
                        "hr2",
                        DEMO_PASSWORD,
                        "{\"version\":1}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body())
                .contains("\"status\":\"APPROVED\"")
                .contains("\"approvedBy\":\"hr2\"");
    }

    @Test
    void managersPrepareButNeverApproveAndARejectionNeedsAComment() throws SQLException {
        HttpCalls http = new HttpCalls(base);
        long east = unitId("code = 'EAST'");
        long pack = fixtures().reviewPackage(east, "CALCULATED", null);

        assertThat(
                        http.postJson(
                                        "/api/v1/reviews/" + pack + "/submit",
                                        "mgr.east",
                                        DEMO_PASSWORD,
                                        "{\"version\":0}")
                                .statusCode())
                .isEqualTo(200);
        HttpResponse<String> managerApproves =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/approve",
                        "mgr.east",
                        DEMO_PASSWORD,
                        "{\"version\":1}");
        assertThat(managerApproves.statusCode()).isEqualTo(403);

        HttpResponse<String> silent =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reject",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":1}");
        assertThat(silent.statusCode()).isEqualTo(422);
        assertThat(silent.body()).contains("review.refused.TEXT_REQUIRED");

        HttpResponse<String> rejected =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reject",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":1,\"comment\":\"Team B bonus over budget\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("\"status\":\"CALCULATED\"")
                .contains("Team B bonus over budget");

        // Another region's manager does not even learn that the package exists.
        assertThat(http.get("/api/v1/reviews/" + pack, "mgr.north", DEMO_PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(auditActions(pack)).contains("REVIEW_SUBMIT", "REVIEW_REJECT");
    }

    @Test
    void twoApproversAtOnceOneWinsTheOtherIsToldWhoChangedIt() throws Exception {
        long company = unitId("kind = 'COMPANY'");
        long pack = fixtures().reviewPackage(company, "SUBMITTED", "mgr.east");
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
                                DEMO_PASSWORD,
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
                fixtures()
                        .publishedResult(
                                fixtures().reviewPackage(company, "PUBLISHED", "mgr.east"),
                                s001,
                                now.minus(Duration.ofDays(10)),
                                now.minus(Duration.ofDays(5)));
        HttpResponse<String> tooLate =
                http.postJson(
                        "/api/v1/my/results/" + late + "/appeal",
                        "s001",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"text\":\"My Q3 collections were booked late\"}");
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(tooLate.body()).contains("review.refused.APPEAL_WINDOW_CLOSED");

        long open =
                fixtures()
                        .publishedResult(
                                fixtures().reviewPackage(company, "PUBLISHED", "mgr.east"),
                                s001,
                                now.minus(Duration.ofHours(1)),
                                now.plus(Duration.ofDays(3)));
        HttpResponse<String> someoneElse =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s002",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"text\":\"not mine\"}");
        assertThat(someoneElse.statusCode()).isEqualTo(404);

        HttpResponse<String> badFile =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s001",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"text\":\"see file\",\"attachmentName\":\"x.exe\","
                                + "\"attachmentBase64\":\"TVqQAAMAAAAEAAAA\"}");
        assertThat(badFile.statusCode()).isEqualTo(422);
        assertThat(badFile.body()).contains("review.attachment.type");

        HttpResponse<String> appealed =
                http.postJson(
                        "/api/v1/my/results/" + open + "/appeal",
                        "s001",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"text\":\"My Q3 collections were booked late\","
                                + "\"attachmentName\":\"proof.pdf\","
                                + "\"attachmentBase64\":\"JVBERi0xLjQKJSBwcm9vZg==\"}");
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(200);
        assertThat(appealed.body()).contains("\"status\":\"APPEALED\"").contains("proof.pdf");

        HttpResponse<String> dismissed =
                http.postJson(
                        "/api/v1/appeals/" + open + "/dismiss",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":1,\"decision\":\"The collections arrived in Q4.\"}");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.body()).contains("\"status\":\"FINAL\"").contains("DISMISSED");

        HttpResponse<String> mine = http.get("/api/v1/my/results", "s001", DEMO_PASSWORD);
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
        assertThat(
                        http.get("/api/v1/periods/2022Q1/audit-package", "s001", DEMO_PASSWORD)
                                .statusCode())
                .isEqualTo(403);
        HttpResponse<String> open =
                http.get("/api/v1/periods/2023Q4/audit-package", "auditor", DEMO_PASSWORD);
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
                                                HttpCalls.basic("auditor", DEMO_PASSWORD))
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
                http.get("/api/v1/periods/2022Q1/payroll", "finance", DEMO_PASSWORD);
        assertThat(payroll.statusCode()).isEqualTo(200);
        assertThat(payroll.body()).contains("employee_no").contains("bonus");
        assertThat(http.get("/api/v1/periods/2022Q1/payroll", "s001", DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
    }

    private long unitId(String where) throws SQLException {
        return single(dataSource, "SELECT id FROM org_unit WHERE " + where);
    }

    private long employeeOf(String username) throws SQLException {
        return single(
                dataSource,
                "SELECT employee_id FROM portal_user WHERE username = '" + username + "'");
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

    /** Packages for 2023Q3, each on a 2019Q1 run of its own. */
    private ReviewFixtures fixtures() {
        return new ReviewFixtures(dataSource, "IT-REVIEW", "2019Q1", "2023Q3");
    }
}
