package com.salesperf.audit.boundary;

import com.salesperf.audit.control.ResultProblem;
import com.salesperf.audit.control.ResultRecordCheck;
import com.salesperf.audit.control.ResultRecordCheck.StoredResult;
import com.salesperf.audit.control.ResultVerification;
import com.salesperf.evaluation.control.Sha256;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Verifies every stored evaluation result of every completed run: each record against its own
 * SHA-256 and its copied-out figures ({@link ResultRecordCheck}), and each run's hash against the
 * hashes of its results in order, so a changed, added or deleted result row is named. Streams the
 * rows with plain JDBC: a company's history holds far more results than belong in memory.
 */
@Stateless
public class ResultIntegrity {

    /** Problems listed in full; beyond this only counted. */
    static final int LISTED_PROBLEMS = 200;

    private static final String RESULTS =
            "SELECT r.run_id, r.employee_no, r.total_score, r.grade, r.tier_code, r.bonus,"
                    + " r.result_json, r.result_hash FROM evaluation_result r"
                    + " JOIN evaluation_run u ON u.id = r.run_id"
                    + " WHERE u.run_hash IS NOT NULL ORDER BY r.run_id, r.seq";

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ResultVerification verify(Caller caller) {
        if (!caller.hasAny(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("verify evaluation results");
        }
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored results", e);
        }
    }

    private static ResultVerification verify(Connection connection) throws SQLException {
        Map<Long, String> runHashes = runHashes(connection);
        Map<Long, StringBuilder> recomputed = new LinkedHashMap<>();
        runHashes.keySet().forEach(id -> recomputed.put(id, new StringBuilder()));
        Problems problems = new Problems();
        long results = 0;
        try (PreparedStatement query = connection.prepareStatement(RESULTS)) {
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    StoredResult row =
                            new StoredResult(
                                    rows.getLong(1),
                                    rows.getString(2),
                                    rows.getBigDecimal(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getBigDecimal(6),
                                    rows.getString(7),
                                    rows.getString(8));
                    results++;
                    recomputed.get(row.runId()).append(row.resultHash()).append('\n');
                    Optional<ResultProblem.Kind> problem = ResultRecordCheck.check(row);
                    problem.ifPresent(
                            kind ->
                                    problems.add(
                                            new ResultProblem(
                                                    row.runId(), row.employeeNo(), kind)));
                }
            }
        }
        recomputed.forEach(
                (runId, hashes) -> {
                    if (!Sha256.hex(hashes.toString()).equals(runHashes.get(runId))) {
                        problems.add(new ResultProblem(runId, null, ResultProblem.Kind.RUN_HASH));
                    }
                });
        return new ResultVerification(runHashes.size(), results, problems.listed, problems.count);
    }

    private static Map<Long, String> runHashes(Connection connection) throws SQLException {
        Map<Long, String> hashes = new LinkedHashMap<>();
        try (PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT id, run_hash FROM evaluation_run"
                                        + " WHERE run_hash IS NOT NULL ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return hashes;
    }

    /** The first problems in full, the rest counted. */
    private static final class Problems {
        private final List<ResultProblem> listed = new ArrayList<>();
        private long count;

        void add(ResultProblem problem) {
            count++;
            if (listed.size() < LISTED_PROBLEMS) {
                listed.add(problem);
            }
        }
    }
}
