package com.salesperf.evaluation.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.evaluation.aggregation.MeasureAggregation;
import com.salesperf.evaluation.aggregation.MeasureAggregation.AggregatedRep;
import com.salesperf.evaluation.batch.PastResult;
import com.salesperf.evaluation.batch.PreparedItems;
import com.salesperf.evaluation.batch.ResultRow;
import com.salesperf.evaluation.batch.RunItem;
import com.salesperf.evaluation.batch.UsedMeasures;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.control.Sha256;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunPhase;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the steps of the evaluation job do to the database, each in the step's (or its own)
 * transaction. Working rows and results are written with JDBC batches; every write is idempotent by
 * position, so a chunk processed again after a failure or a kill changes nothing.
 */
@Stateless
public class RunSteps {

    private static final Logger LOG = Logger.getLogger(RunSteps.class.getName());

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource ManagedExecutorService executor;

    @PersistenceContext EntityManager em;

    @Inject RunDefinitions definitions;

    @Inject AuditTrail auditTrail;

    @Inject Event<RunCompleted> completed;

    public EvaluationRun run(long runId) {
        EvaluationRun run = em.find(EvaluationRun.class, runId);
        if (run == null) {
            throw new IllegalStateException("no evaluation run " + runId);
        }
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long runId, long executionId) {
        run(runId).started(executionId, Instant.now());
    }

    /** Moves the progress time of a stale run forward if nobody else did: the take-over. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(long runId, Instant lastProgress, Instant now) {
        return em.createQuery(
                                "UPDATE EvaluationRun r SET r.progressAt = :now WHERE r.id = :id"
                                        + " AND (r.progressAt = :last OR (r.progressAt IS NULL"
                                        + " AND r.createdAt = :last))")
                        .setParameter("now", now)
                        .setParameter("id", runId)
                        .setParameter("last", lastProgress)
                        .executeUpdate()
                == 1;
    }

    /** A failed or orphaned run is about to get another execution: it waits again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void requeued(long runId) {
        run(runId).requeued();
    }

    /**
     * Records the failure of an execution. An execution that is no longer the run's own (the run
     * was re-queued for another one meanwhile) changes nothing.
     *
     * @param executionId the failed execution, or null when no execution could be started
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long runId, Long executionId, String reason) {
        EvaluationRun run = em.find(EvaluationRun.class, runId);
        if (run == null || run.getStatus().terminal()) {
            return;
        }
        if (executionId != null && !executionId.equals(run.getExecutionId())) {
            return;
        }
        run.failed(reason, Instant.now());
    }

    /**
     * Step 1: the measures of the whole population in set-based queries (only the reps the scheme
     * version's population rule admits, only the fact tables the scheme and plan use), scored and
     * ranked in memory, then one working row per rep inserted with its scores, ranks and
     * service-star mark. One transaction: an execution that stopped before the end left nothing,
     * and the next one does it all again. Skipped when an earlier execution already got this far.
     */
    public void aggregate(long runId) throws SQLException {
        EvaluationRun run = run(runId);
        if (run.getPhase().ordinal() >= RunPhase.RANKED.ordinal()) {
            return;
        }
        RunDefinitions.Definitions defs =
                definitions.byIds(run.getSchemeVersionId(), run.getPlanVersionId());
        UsedMeasures used = UsedMeasures.of(defs.scheme(), defs.plan());
        PeriodCode period = PeriodCode.parse(run.getPeriodCode());
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            List<AggregatedRep> reps =
                    new MeasureAggregation(connection)
                            .aggregate(period, null, used.names(), defs.population());
            long aggregated = System.nanoTime();
            PreparedItems items =
                    PreparedItems.of(reps, used, new SchemeScorer(defs.scheme()), executor);
            long prepared = System.nanoTime();
            update(connection, "DELETE FROM evaluation_item WHERE run_id = ?", runId);
            items.insert(connection, runId);
            long inserted = System.nanoTime();
            String batches = String.join(",", ImportBatchesUsed.of(connection, period));
            LOG.info(
                    () ->
                            ("Evaluation run %d aggregate: measures %d ms, %s, working rows %d ms,"
                                            + " import batches %d ms")
                                    .formatted(
                                            runId,
                                            (aggregated - start) / 1_000_000,
                                            items.timing(),
                                            (inserted - prepared) / 1_000_000,
                                            (System.nanoTime() - inserted) / 1_000_000));
            try (PreparedStatement statement =
                    connection.prepareStatement(
                            "UPDATE evaluation_run SET phase = ?, total_items = ?,"
                                    + " scored_items = ?, import_batches = ?, progress_at = ?"
                                    + " WHERE id = ?")) {
                statement.setString(1, RunPhase.RANKED.name());
                statement.setInt(2, items.size());
                statement.setInt(3, items.size());
                statement.setString(
                        4, batches.length() > 2000 ? batches.substring(0, 2000) : batches);
                statement.setTimestamp(5, Timestamp.from(Instant.now()));
                statement.setLong(6, runId);
                statement.executeUpdate();
            }
        }
    }

    /** The next working rows after position {@code afterSeq}, in position order. */
    public List<RunItem> items(long runId, int afterSeq, int limit) throws SQLException {
        List<RunItem> items = new ArrayList<>(limit);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT seq, employee_id, input_json, company_rank, company_size,"
                                        + " region_rank, region_size, team_rank, team_size,"
                                        + " service_star FROM evaluation_item"
                                        + " WHERE run_id = ? AND seq > ?"
                                        + " ORDER BY seq LIMIT ?")) {
            query.setLong(1, runId);
            query.setInt(2, afterSeq);
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Integer[] ranks = new Integer[6];
                    for (int i = 0; i < 6; i++) {
                        int value = rows.getInt(4 + i);
                        ranks[i] = rows.wasNull() ? null : value;
                    }
                    items.add(
                            new RunItem(
                                    rows.getInt(1),
                                    rows.getLong(2),
                                    rows.getString(3),
                                    RunItem.ranksOf(ranks),
                                    rows.getBoolean(10)));
                }
            }
        }
        return items;
    }

    /**
     * The reps' current results of the two previous periods of the same type under the same scheme
     * code, by employee number, for the flags.
     */
    public Map<String, List<PastResult>> pastResults(long runId) throws SQLException {
        EvaluationRun run = run(runId);
        PeriodCode period = PeriodCode.parse(run.getPeriodCode());
        String one = period.previous().toString();
        String two = period.previous().previous().toString();
        Map<String, List<PastResult>> past = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT r.employee_no, u.period_code, r.company_rank,"
                                        + " r.company_size, r.grade, r.completion_rate"
                                        + " FROM evaluation_result r"
                                        + " JOIN evaluation_run u ON u.id = r.run_id"
                                        + " WHERE u.status = 'COMPLETED' AND u.preview = FALSE"
                                        + " AND u.scheme_code = ? AND u.period_code IN (?, ?)"
                                        + " AND r.evaluable = TRUE")) {
            query.setString(1, run.getSchemeCode());
            query.setString(2, one);
            query.setString(3, two);
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int back = one.equals(rows.getString(2)) ? 1 : 2;
                    past.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(
                                    new PastResult(
                                            back,
                                            integer(rows, 3),
                                            integer(rows, 4),
                                            rows.getString(5),
                                            rows.getBigDecimal(6)));
                }
            }
        }
        return past;
    }

    /** The last position with a result, or -1: where a new execution of step 4 resumes. */
    public int lastWrittenSeq(long runId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long max =
                    count(
                            connection,
                            "SELECT COALESCE(MAX(seq), -1) FROM evaluation_result WHERE run_id = ?",
                            runId);
            return (int) max;
        }
    }

    /** Step 2's writer: the chunk's results replace any of the same positions, then progress. */
    public void saveResults(long runId, List<ResultRow> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        TreeSet<Integer> seqs = new TreeSet<>();
        results.forEach(result -> seqs.add(result.seq()));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete =
                    connection.prepareStatement(
                            "DELETE FROM evaluation_result WHERE run_id = ? AND seq BETWEEN ? AND ?")) {
                delete.setLong(1, runId);
                delete.setInt(2, seqs.first());
                delete.setInt(3, seqs.last());
                delete.executeUpdate();
            }
            ResultRows.insert(connection, runId, results);
            progress(connection, runId, "written_items", results.size());
        }
    }

    /**
     * Step 3: the run hash over all result hashes in position order, the counts and total bonus;
     * the run is complete, earlier drafts of the period and scheme are superseded, the scheme and
     * plan versions frozen, and the audit trail told.
     */
    public void close(long runId) throws SQLException {
        EvaluationRun run = run(runId);
        if (run.getStatus() == RunStatus.COMPLETED) {
            return;
        }
        StringBuilder hashes = new StringBuilder();
        int evaluable = 0;
        int notEvaluable = 0;
        BigDecimal totalBonus = BigDecimal.ZERO;
        String currency = null;
        try (Connection connection = dataSource.getConnection()) {
            long expected = run.getTotalItems();
            try (PreparedStatement query =
                    connection.prepareStatement(
                            "SELECT result_hash, evaluable, bonus, currency FROM evaluation_result"
                                    + " WHERE run_id = ? ORDER BY seq")) {
                query.setLong(1, runId);
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hashes.append(rows.getString(1)).append('\n');
                        if (rows.getBoolean(2)) {
                            evaluable++;
                            BigDecimal bonus = rows.getBigDecimal(3);
                            totalBonus = bonus == null ? totalBonus : totalBonus.add(bonus);
                            currency = currency == null ? rows.getString(4) : currency;
                        } else {
                            notEvaluable++;
                        }
                    }
                }
            }
            if (evaluable + notEvaluable != expected) {
                throw new IllegalStateException(
                        (evaluable + notEvaluable) + " results for " + expected + " reps");
            }
            update(connection, "DELETE FROM evaluation_item WHERE run_id = ?", runId);
        }
        Instant now = Instant.now();
        run.completed(
                Sha256.hex(hashes.toString()), evaluable, notEvaluable, totalBonus, currency, now);
        if (!run.isPreview()) {
            supersedeDrafts(run, now);
            definitions.freeze(run.getSchemeVersionId(), run.getPlanVersionId());
        }
        auditTrail.record(
                AuditEvent.of(Caller.SCHEDULER, "EVALUATION_RUN_COMPLETED", "EvaluationRun", runId)
                        .after(
                                "{\"period\":\""
                                        + run.getPeriodCode()
                                        + "\",\"scheme\":\""
                                        + run.getSchemeCode()
                                        + "\",\"runHash\":\""
                                        + run.getRunHash()
                                        + "\",\"results\":"
                                        + (evaluable + notEvaluable)
                                        + "}"));
        completed.fire(new RunCompleted(runId));
    }

    private void supersedeDrafts(EvaluationRun run, Instant now) {
        em.createNamedQuery("EvaluationRun.findDraftsOfPeriodAndScheme", EvaluationRun.class)
                .setParameter("period", run.getPeriodCode())
                .setParameter("scheme", run.getSchemeCode())
                .setParameter("run", run.getId())
                .getResultList()
                .forEach(draft -> draft.supersededBy(run.getId(), now));
    }

    private static void progress(Connection connection, long runId, String column, int n)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE evaluation_run SET "
                                + column
                                + " = "
                                + column
                                + " + ?, progress_at = ? WHERE id = ?")) {
            update.setInt(1, n);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setLong(3, runId);
            update.executeUpdate();
        }
    }

    /** Marks a chunk step done, so a later execution does not redo it. */
    public void phaseDone(long runId, RunPhase phase) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            setPhase(connection, runId, phase);
        }
    }

    private static void setPhase(Connection connection, long runId, RunPhase phase)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE evaluation_run SET phase = ? WHERE id = ?")) {
            update.setString(1, phase.name());
            update.setLong(2, runId);
            update.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, runId);
            statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
