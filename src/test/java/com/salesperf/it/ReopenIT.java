package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.DEMO_PASSWORD;
import static com.salesperf.it.TestSupport.HR;
import static com.salesperf.it.TestSupport.awaitTerminal;
import static com.salesperf.it.TestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.audit.boundary.ResultIntegrity;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.control.Sha256;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.PlanReminderScheduler;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
 * HR's reopening of an approved period and the plan-due reminders, on H2 and PostgreSQL: the REST
 * refusals (no reason, not HR, not approved, stale version), a real period approved, refused a
 * re-run, reopened and run again (the new run stands for the period, the old one keeps its results,
 * hashes and review history), and a reminder sent once however often the timer fires. The real runs
 * use 2022Q3, which no other test runs.
 */
@ExtendWith(ArquillianExtension.class)
class ReopenIT {

    private static final String PERIOD = "2022Q3";
    private static final String SCHEME = "Q-DEFAULT";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ReopenIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource ManagedExecutorService executor;

    @Inject Reviews reviews;

    @Inject Runs runs;

    @Inject ResultIntegrity integrity;

    @Inject PlanReminderScheduler reminders;

    @ArquillianResource URL base;

    @Test
    void theApiReopensOnlyForHrOnlyWithAReasonAndOnlyAnApprovedPackage() throws SQLException {
        HttpCalls http = new HttpCalls(base);
        long company = single(dataSource, "SELECT id FROM org_unit WHERE kind = 'COMPANY'");
        long s001 =
                single(dataSource, "SELECT employee_id FROM portal_user WHERE username = 's001'");
        long pack = fixtures().reviewPackage(company, "PUBLISHED", "mgr.east");
        long shown =
                fixtures()
                        .publishedResult(
                                pack, s001, Instant.now(), Instant.now().plus(Duration.ofDays(3)));

        HttpResponse<String> noReason =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reopen",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"reason\":\"   \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.body()).contains("review.refused.TEXT_REQUIRED");

        for (String notHr : List.of("mgr.east", "admin")) {
            HttpResponse<String> refused =
                    http.postJson(
                            "/api/v1/reviews/" + pack + "/reopen",
                            notHr,
                            DEMO_PASSWORD,
                            "{\"version\":0,\"reason\":\"late collections\"}");
            assertThat(refused.statusCode()).as(notHr + ": " + refused.body()).isIn(403, 404);
        }
        assertThat(
                        http.postJson(
                                        "/api/v1/reviews/" + pack + "/reopen",
                                        "s001",
                                        DEMO_PASSWORD,
                                        "{\"version\":0,\"reason\":\"mine\"}")
                                .statusCode())
                .isEqualTo(403);

        long submitted = fixtures().reviewPackage(company, "SUBMITTED", "mgr.east");
        HttpResponse<String> notApproved =
                http.postJson(
                        "/api/v1/reviews/" + submitted + "/reopen",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"reason\":\"late collections\"}");
        assertThat(notApproved.statusCode()).isEqualTo(422);
        assertThat(notApproved.body()).contains("review.refused.WRONG_STATE");

        HttpResponse<String> stale =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reopen",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":7,\"reason\":\"late collections\"}");
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> reopened =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reopen",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":0,\"reason\":\"Q3 collections of EAST were booked late\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.body())
                .contains("\"status\":\"REOPENED\"")
                .contains("\"reason\":\"Q3 collections of EAST were booked late\"");
        assertThat(auditReasons(pack, "REVIEW_REOPEN"))
                .containsExactly("Q3 collections of EAST were booked late");
        assertThat(notifications("s001", "REOPENED", "booked late")).isEqualTo(1);

        HttpResponse<String> again =
                http.postJson(
                        "/api/v1/reviews/" + pack + "/reopen",
                        "hr",
                        DEMO_PASSWORD,
                        "{\"version\":1,\"reason\":\"again\"}");
        assertThat(again.statusCode()).isEqualTo(422);

        // The old version stays readable for the rep, but is no longer acknowledged or appealed.
        HttpResponse<String> mine = http.get("/api/v1/my/results", "s001", DEMO_PASSWORD);
        assertThat(mine.body()).contains("\"reopened\":true");
        HttpResponse<String> acknowledge =
                http.postJson(
                        "/api/v1/my/results/" + shown + "/acknowledge",
                        "s001",
                        DEMO_PASSWORD,
                        "{\"version\":0}");
        assertThat(acknowledge.statusCode()).isEqualTo(422);
        assertThat(acknowledge.body()).contains("review.refused.VERSION_REOPENED");
    }

    @Test
    void aReopenedPeriodRunsAgainAsANewVersionAndTheOldRunStaysReadableAndIntact()
            throws SQLException {
        long company = single(dataSource, "SELECT id FROM org_unit WHERE kind = 'COMPANY'");
        EvaluationRun first = awaitTerminal(runs, runs.start(ADMIN, PERIOD, SCHEME, false).getId());
        assertThat(first.getStatus()).isEqualTo(RunStatus.COMPLETED);
        long oldRun = first.getId();

        PackageSummary pack = reviews.open(ADMIN, oldRun, company);
        pack = reviews.act(ADMIN, pack.id(), ReviewAction.SUBMIT, pack.version(), null);
        pack = reviews.act(HR, pack.id(), ReviewAction.APPROVE, pack.version(), null);
        long packageId = pack.id();
        long approvedVersion = pack.version();

        assertThatThrownBy(() -> runs.start(ADMIN, PERIOD, SCHEME, false))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("HR must reopen");
        long runsBefore =
                single(
                        dataSource,
                        "SELECT COUNT(*) FROM evaluation_run WHERE period_code = '" + PERIOD + "'");
        assertThat(runs.scheduledClose(PeriodCode.parse(PERIOD), SCHEME))
                .as("a caught-up scheduled close leaves approved results alone")
                .isEmpty();
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM evaluation_run WHERE period_code = '"
                                        + PERIOD
                                        + "'"))
                .isEqualTo(runsBefore);
        assertThatThrownBy(() -> reviews.reopen(HR, packageId, approvedVersion, ""))
                .hasMessageContaining("needs a written comment or reason");
        assertThatThrownBy(
                        () ->
                                reviews.reopen(
                                        new Caller(
                                                "mgr.east", EnumSet.of(Role.MANAGER), null, null),
                                        packageId,
                                        approvedVersion,
                                        "late collections"))
                .isInstanceOf(BusinessException.class);

        Map<String, String> oldHashes = hashes(oldRun);
        assertThat(oldHashes).isNotEmpty();
        PackageSummary reopened =
                reviews.reopen(HR, packageId, approvedVersion, "Collections booked late");
        assertThat(reopened.status()).isEqualTo(ReviewStatus.REOPENED);
        assertThat(reopened.reopening().by()).isEqualTo("hr");
        assertThat(reopened.reopening().currentRunId()).isNull();

        EvaluationRun second =
                awaitTerminal(runs, runs.start(ADMIN, PERIOD, SCHEME, false).getId());
        assertThat(second.getStatus()).isEqualTo(RunStatus.COMPLETED);
        EvaluationRun old = runs.run(oldRun);
        assertThat(old.getStatus()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(old.getSupersededBy()).isEqualTo(second.getId());

        // The new run stands for the period; the old package says so and keeps its history.
        PackageSummary history = reviews.view(HR, packageId);
        assertThat(history.status()).isEqualTo(ReviewStatus.REOPENED);
        assertThat(history.reopening().currentRunId()).isEqualTo(second.getId());
        assertThat(history.reopening().reason()).isEqualTo("Collections booked late");
        assertThat(history.steps())
                .extracting(PackageSummary.Step::action)
                .containsExactly(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.REOPEN);
        PackageSummary next = reviews.open(ADMIN, second.getId(), company);
        assertThat(next.id()).isNotEqualTo(packageId);
        assertThat(next.status()).isEqualTo(ReviewStatus.CALCULATED);
        assertThatThrownBy(() -> reviews.open(ADMIN, oldRun, company))
                .isInstanceOf(BusinessException.class);

        // The old results are unchanged, and their run hash still verifies.
        assertThat(hashes(oldRun)).isEqualTo(oldHashes);
        assertThat(Sha256.hex(String.join("\n", oldHashes.values()) + "\n"))
                .isEqualTo(old.getRunHash());
        assertThat(integrity.verify(ADMIN).problems())
                .noneMatch(p -> p.runId() == oldRun || p.runId() == second.getId());
        assertThat(hashes(second.getId()).keySet()).isEqualTo(oldHashes.keySet());
        assertThat(auditReasons(packageId, "REVIEW_REOPEN"))
                .containsExactly("Collections booked late");
    }

    @Test
    void aPlanReminderIsSentOnceEvenWhenTheTimerFiresTwiceAtOnce() throws Exception {
        long s002 =
                single(dataSource, "SELECT employee_id FROM portal_user WHERE username = 's002'");
        long plan = insertActivePlan(s002, LocalDate.of(2030, 1, 10), LocalDate.of(2030, 4, 9));
        // Thursday 7 Feb 2030: the check-in of 10 Feb is within three working days.
        LocalDate day = LocalDate.of(2030, 2, 7);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> fired = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fired.add(
                    executor.submit(
                            () -> {
                                start.await();
                                return reminders.remind(day);
                            }));
        }
        start.countDown();
        for (Future<Integer> each : fired) {
            each.get();
        }
        assertThat(reminders.remind(day)).isZero();

        assertThat(notifications("mgr.east", "PLAN_CHECK_IN_DUE", "2030-02-10")).isEqualTo(1);
        assertThat(notifications("s002", "PLAN_CHECK_IN_DUE", "2030-02-10")).isEqualTo(1);
        assertThat(single(dataSource, "SELECT COUNT(*) FROM plan_reminder WHERE plan_id = " + plan))
                .isEqualTo(1);
        // Nothing is due a week before, and the end of the term follows on its own date.
        assertThat(reminders.remind(LocalDate.of(2030, 1, 31))).isZero();
        reminders.remind(LocalDate.of(2030, 4, 8));
        assertThat(notifications("mgr.east", "PLAN_DUE", "2030-04-09")).isEqualTo(1);
    }

    /** Result hashes in position order, as the run hash covers them. */
    private Map<String, String> hashes(long runId) throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT employee_no, result_hash FROM evaluation_result"
                                        + " WHERE run_id = ? ORDER BY seq")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hashes.put(r.getString(1), r.getString(2));
                }
            }
        }
        return hashes;
    }

    private long insertActivePlan(long employee, LocalDate start, LocalDate end)
            throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO improvement_plan (id, employee_id, run_id,"
                                        + " period_code, trigger_flag, status, owner, goals,"
                                        + " start_date, end_date, approved_by, approved_at,"
                                        + " created_at, changed_by, changed_at, version)"
                                        + " VALUES (?, ?, ?, '2019Q2', 'IMPROVEMENT_PLAN', 'ACTIVE',"
                                        + " 'mgr.east', 'Visit ten customers a week', ?, ?, 'hr',"
                                        + " ?, ?, 'hr', ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setLong(2, employee);
            s.setLong(3, fixtures().run());
            s.setDate(4, java.sql.Date.valueOf(start));
            s.setDate(5, java.sql.Date.valueOf(end));
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.setTimestamp(8, now);
            s.executeUpdate();
        }
        return id;
    }

    private long notifications(String recipient, String kind, String argument) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM notification WHERE recipient = ?"
                                        + " AND kind = ? AND args_json LIKE ?")) {
            s.setString(1, recipient);
            s.setString(2, kind);
            s.setString(3, "%" + argument + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String> auditReasons(long packageId, String action) throws SQLException {
        List<String> reasons = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT reason FROM audit_entry WHERE entity_type = 'ReviewPackage'"
                                        + " AND entity_id = ? AND action = ? ORDER BY seq")) {
            s.setString(1, String.valueOf(packageId));
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reasons.add(r.getString(1));
                }
            }
        }
        return reasons;
    }

    /** Packages and runs of this test's own, on 2019Q2, which no other test uses. */
    private ReviewFixtures fixtures() {
        return new ReviewFixtures(dataSource, "IT-REOPEN", "2019Q2", "2019Q2");
    }
}
