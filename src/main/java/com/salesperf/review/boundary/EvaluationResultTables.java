package com.salesperf.review.boundary;

import com.salesperf.period.control.PeriodCode;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.RunFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link StoredResults} read with plain SQL from the evaluation_run and evaluation_result tables
 * (V5). Read-only: the result rows are immutable and review never writes them.
 */
@ApplicationScoped
public class EvaluationResultTables implements StoredResults {

    private static final String RUN_COLUMNS =
            "SELECT id, period_code, scheme_code, status, scheme_version_id, plan_version_id,"
                    + " currency FROM evaluation_run";

    private static final String RESULT_COLUMNS =
            "SELECT employee_id, employee_no, rep_name, region_code, team_code, evaluable,"
                    + " completion_rate, total_score, grade, tier_code, bonus, currency, flags,"
                    + " result_hash FROM evaluation_result WHERE run_id = ?";

    @PersistenceContext EntityManager em;

    /** Set once the evaluation tables are known to exist; they never go away again. */
    private volatile boolean tablesPresent;

    @Override
    public Optional<RunFacts> run(long runId) {
        if (!tablesPresent()) {
            return Optional.empty();
        }
        return runs(em.createNativeQuery(RUN_COLUMNS + " WHERE id = ?").setParameter(1, runId))
                .stream()
                .findFirst();
    }

    @Override
    public List<RunFacts> completedRuns(int max) {
        if (!tablesPresent()) {
            return List.of();
        }
        return runs(
                em.createNativeQuery(
                                RUN_COLUMNS
                                        + " WHERE status = 'COMPLETED' AND preview = FALSE"
                                        + " ORDER BY created_at DESC, id DESC")
                        .setMaxResults(max));
    }

    @Override
    public Optional<RunFacts> previousRun(RunFacts run) {
        if (!tablesPresent()) {
            return Optional.empty();
        }
        String previous = PeriodCode.parse(run.periodCode()).previous().toString();
        Query query =
                em.createNativeQuery(
                                RUN_COLUMNS
                                        + " WHERE period_code = ? AND scheme_code = ?"
                                        + " AND status = 'COMPLETED' AND preview = FALSE"
                                        + " ORDER BY created_at DESC, id DESC")
                        .setParameter(1, previous)
                        .setParameter(2, run.schemeCode())
                        .setMaxResults(1);
        return runs(query).stream().findFirst();
    }

    @Override
    public Optional<RunFacts> currentRun(String periodCode, String schemeCode) {
        if (!tablesPresent()) {
            return Optional.empty();
        }
        Query query =
                em.createNativeQuery(
                                RUN_COLUMNS
                                        + " WHERE period_code = ? AND scheme_code = ?"
                                        + " AND status = 'COMPLETED' AND preview = FALSE"
                                        + " ORDER BY created_at DESC, id DESC")
                        .setParameter(1, periodCode)
                        .setParameter(2, schemeCode)
                        .setMaxResults(1);
        return runs(query).stream().findFirst();
    }

    @Override
    public List<RepFigures> results(long runId, ResultScope scope) {
        if (!tablesPresent()) {
            return List.of();
        }
        String where =
                switch (scope.level()) {
                    case COMPANY -> "";
                    case REGION -> " AND region_code = ?";
                    case TEAM -> " AND team_code = ?";
                };
        Query query =
                em.createNativeQuery(RESULT_COLUMNS + where + " ORDER BY employee_no")
                        .setParameter(1, runId);
        if (scope.level() != ResultScope.Level.COMPANY) {
            query.setParameter(2, scope.code());
        }
        return figures(query);
    }

    @Override
    public Optional<RepFigures> result(long runId, long employeeId) {
        if (!tablesPresent()) {
            return Optional.empty();
        }
        return figures(
                        em.createNativeQuery(RESULT_COLUMNS + " AND employee_id = ?")
                                .setParameter(1, runId)
                                .setParameter(2, employeeId))
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> resultJson(long runId, long employeeId) {
        if (!tablesPresent()) {
            return Optional.empty();
        }
        List<?> rows =
                em.createNativeQuery(
                                "SELECT result_json FROM evaluation_result"
                                        + " WHERE run_id = ? AND employee_id = ?")
                        .setParameter(1, runId)
                        .setParameter(2, employeeId)
                        .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /**
     * Whether the evaluation component's tables exist. They arrive with migration V5 of the
     * evaluation component; until a database has them, review sees no runs instead of failing.
     */
    private boolean tablesPresent() {
        if (!tablesPresent) {
            Number count =
                    (Number)
                            em.createNativeQuery(
                                            "SELECT COUNT(*) FROM information_schema.tables"
                                                    + " WHERE LOWER(table_name) = 'evaluation_result'")
                                    .getSingleResult();
            tablesPresent = count.intValue() > 0;
        }
        return tablesPresent;
    }

    private static List<RunFacts> runs(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(
                        r ->
                                new RunFacts(
                                        number(r[0]),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        number(r[4]),
                                        number(r[5]),
                                        r[6] == null ? "CNY" : (String) r[6]))
                .toList();
    }

    private static List<RepFigures> figures(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(EvaluationResultTables::row).toList();
    }

    private static RepFigures row(Object[] r) {
        String flags = (String) r[12];
        return new RepFigures(
                number(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                Boolean.TRUE.equals(r[5]),
                decimal(r[6]),
                decimal(r[7]),
                (String) r[8],
                (String) r[9],
                decimal(r[10]),
                (String) r[11],
                flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split(",")),
                (String) r[13]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
