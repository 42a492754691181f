package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.AUDITOR;
import static com.salesperf.it.TestSupport.DEMO_PASSWORD;
import static com.salesperf.it.TestSupport.awaitTerminal;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.audit.boundary.ResultIntegrity;
import com.salesperf.audit.control.ResultProblem;
import com.salesperf.evaluation.aggregation.MeasureAggregation;
import com.salesperf.evaluation.batch.RunFaults;
import com.salesperf.evaluation.boundary.CloseScheduler;
import com.salesperf.evaluation.boundary.RunResults;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.Evaluator;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.Sha256;
import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Period-close runs inside the server over the demo company, on H2 and PostgreSQL: the real
 * aggregation gives the worked example, the scheduler's close runs once however often it is called,
 * a failed run restarted gives the same hashes as an uninterrupted one, and the REST contract. The
 * scheduled 2023Q3 close is shared by the tests (made once, by whichever comes first), so they do
 * not depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationRunIT {

    private static final LocalDate AFTER_Q3 = LocalDate.of(2023, 10, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(EvaluationRunIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject CloseScheduler scheduler;

    @Inject Runs runs;

    @Inject RunResults results;

    @Inject RunFaults faults;

    @Inject ResultIntegrity resultIntegrity;

    @ArquillianResource URL base;

    @Test
    @Order(1)
    void s001ThroughTheRealAggregationIsTheWorkedExample() throws Exception {
        EvaluationResults evaluated;
        try (Connection connection = dataSource.getConnection()) {
            evaluated =
                    Evaluator.evaluate(
                            DefaultSchemes.quarterly(),
                            DefaultPlans.defaultPlan(),
                            new MeasureAggregation(connection)
                                    .population(PeriodCode.parse("2023Q3")));
        }
        RepEvaluation s001 = evaluated.find("S001").orElseThrow();
        assertThat(s001.score().displayTotal()).isEqualTo("85.0");
        assertThat(s001.score().grade()).isEqualTo("B");
        assertThat(s001.incentive().coefficient()).isEqualByComparingTo("1.2");
        assertThat(s001.incentive().bonus()).isEqualTo("14250.00");
        assertThat(evaluated.find("S003").orElseThrow().incentive().coefficient())
                .isEqualByComparingTo("2.0");
        assertThat(evaluated.find("S002").orElseThrow().incentive().modifierFactor())
                .isEqualByComparingTo("0.8");
    }

    @Test
    @Order(2)
    void theScheduledQuarterCloseEvaluatesEveryRepOnce() {
        EvaluationRun run = scheduledQ3();
        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.getTotalItems()).isGreaterThan(150);
        assertThat(run.getEvaluableCount() + run.getNotEvaluableCount())
                .isEqualTo(run.getTotalItems());
        assertThat(run.getRunHash()).hasSize(64);
        EvaluationResult s001 = results.result(ADMIN, run.getId(), "S001");
        assertThat(s001.getDisplayTotal()).isEqualTo("85.0");
        assertThat(s001.getGrade()).isEqualTo("B");
        assertThat(s001.getBonus()).isEqualTo("14250.00");
        assertThat(s001.getCoefficient()).isEqualByComparingTo("1.2");
        assertThat(s001.getResultHash()).isEqualTo(Sha256.hex(s001.getResultJson()));
        assertThat(s001.getResultJson()).contains("\"importBatches\":[\"");
        assertThat(results.result(ADMIN, run.getId(), "S003").getCoefficient())
                .isEqualByComparingTo("2.0");
        assertThat(results.result(ADMIN, run.getId(), "S002").getModifierFactor())
                .isEqualByComparingTo("0.8");

        // a double fire, a catch-up at startup, a second instance: all find the claim
        assertThat(scheduler.close(PeriodType.QUARTER, AFTER_Q3)).isEmpty();
        assertThat(scheduler.close(PeriodType.QUARTER, LocalDate.of(2023, 11, 15))).isEmpty();
        assertThat(
                        runs.history(ADMIN, 0, 1000).stream()
                                .filter(r -> r.getPeriodCode().equals("2023Q3"))
                                .filter(r -> r.getTriggerKey().equals(Runs.SCHEDULED))
                                .count())
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void aFailedRunRestartedGivesTheHashesOfAnUninterruptedOne() {
        EvaluationRun uninterrupted = scheduledQ3();
        faults.failOnceAt(120);
        EvaluationRun run = runs.start(ADMIN, "2023Q3", "Q-DEFAULT", false);
        EvaluationRun failed = awaitTerminal(runs, run.getId());
        assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.getFailureReason()).contains("injected failure");
        assertThat(failed.getWrittenItems()).isLessThan(failed.getTotalItems());

        runs.restart(ADMIN, run.getId());
        EvaluationRun restarted = awaitTerminal(runs, run.getId());
        assertThat(restarted.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(restarted.getAttempts()).isEqualTo(2);
        assertThat(restarted.getRunHash()).isEqualTo(uninterrupted.getRunHash());
        assertThat(hashes(restarted.getId())).isEqualTo(hashes(uninterrupted.getId()));
        // the new draft supersedes the scheduled one; history is kept
        assertThat(runs.run(uninterrupted.getId()).getStatus()).isEqualTo(RunStatus.SUPERSEDED);
    }

    @Test
    @Order(4)
    void theRestApiStartsRunsAndAnswersWithResults() throws Exception {
        HttpCalls http = new HttpCalls(base);
        HttpResponse<String> started =
                http.postJson(
                        "/api/v1/runs",
                        "admin",
                        DEMO_PASSWORD,
                        "{\"period\":\"2023Q2\",\"scheme\":\"Q-DEFAULT\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertThat(id.find()).isTrue();
        long runId = Long.parseLong(id.group(1));
        awaitTerminal(runs, runId);

        HttpResponse<String> status = http.get("/api/v1/runs/" + runId, "admin", DEMO_PASSWORD);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"status\":\"COMPLETED\"", "\"percentDone\":100");

        HttpResponse<String> body =
                http.get("/api/v1/runs/" + runId + "/results", "admin", DEMO_PASSWORD);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.body()).contains("\"employeeNo\":\"S001\"", "\"hash\":\"", "\"flags\":[");

        assertThat(http.get("/api/v1/runs/" + runId, "hr", DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/runs",
                                        "admin",
                                        DEMO_PASSWORD,
                                        "{\"period\":\"2099Q1\",\"scheme\":\"Q-DEFAULT\"}")
                                .statusCode())
                .isBetween(400, 422);
        assertThat(http.get("/api/v1/runs/987654321", "admin", DEMO_PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void storedResultsVerifyAndATamperedResultIsNamed() throws Exception {
        long runId = scheduledQ3().getId();
        assertThat(resultIntegrity.verify(AUDITOR).intact()).isTrue();

        String where = " WHERE run_id = " + runId + " AND employee_no = 'S001'";
        try (Connection connection = dataSource.getConnection()) {
            // a figure column changed behind the application's back
            execute(connection, "UPDATE evaluation_result SET bonus = bonus + 1" + where);
            assertThat(resultIntegrity.verify(AUDITOR).problems())
                    .containsExactly(
                            new ResultProblem(runId, "S001", ResultProblem.Kind.COLUMNS_DIFFER));
            execute(connection, "UPDATE evaluation_result SET bonus = bonus - 1" + where);

            // the hashed record rewritten, even with its own hash recomputed
            String original = results.result(ADMIN, runId, "S001").getResultJson();
            String forged = original.replace("\"grade\":\"B\"", "\"grade\":\"A\"");
            assertThat(forged).isNotEqualTo(original);
            update(connection, "result_json", forged, where);
            assertThat(resultIntegrity.verify(AUDITOR).problems())
                    .containsExactly(
                            new ResultProblem(runId, "S001", ResultProblem.Kind.RECORD_HASH));
            update(connection, "result_hash", Sha256.hex(forged), where);
            assertThat(resultIntegrity.verify(AUDITOR).problems())
                    .containsExactly(
                            new ResultProblem(runId, "S001", ResultProblem.Kind.COLUMNS_DIFFER),
                            new ResultProblem(runId, null, ResultProblem.Kind.RUN_HASH));

            update(connection, "result_json", original, where);
            update(connection, "result_hash", Sha256.hex(original), where);
        }
        assertThat(resultIntegrity.verify(AUDITOR).intact()).isTrue();
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    private static void update(Connection connection, String column, String value, String where)
            throws Exception {
        try (var statement =
                connection.prepareStatement(
                        "UPDATE evaluation_result SET " + column + " = ?" + where)) {
            statement.setString(1, value);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    /** The scheduled 2023Q3 close, made by the timer's method if no test made it yet. */
    private EvaluationRun scheduledQ3() {
        Optional<Long> started = scheduler.close(PeriodType.QUARTER, AFTER_Q3);
        long id =
                started.orElseGet(
                        () ->
                                runs.history(ADMIN, 0, 1000).stream()
                                        .filter(r -> r.getPeriodCode().equals("2023Q3"))
                                        .filter(r -> r.getTriggerKey().equals(Runs.SCHEDULED))
                                        .findFirst()
                                        .orElseThrow()
                                        .getId());
        return awaitTerminal(runs, id);
    }

    private Map<String, String> hashes(long runId) {
        return results
                .page(ADMIN, runId, RunResults.Filter.none(), "seq", true, 0, 100_000)
                .stream()
                .collect(
                        Collectors.toMap(
                                EvaluationResult::getEmployeeNo, EvaluationResult::getResultHash));
    }
}
