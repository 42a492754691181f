package com.salesperf.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Review packages and published rep results written straight into the tables, for tests of what
 * follows a review (workflow guards, appeals, reopening) without running a whole evaluation. Each
 * package gets a finished preview run of its own, of a period long past, so no list of real runs
 * and no other test ever sees it. Ids are random, far above what the sequences hand out.
 */
final class ReviewFixtures {

    private final DataSource dataSource;
    private final String tag;
    private final String runPeriod;
    private final String packagePeriod;

    /**
     * @param tag scheme and plan code of the runs, and the prefix of their trigger keys
     * @param runPeriod the period of the runs (a past one no real run uses)
     * @param packagePeriod the period the packages are for
     */
    ReviewFixtures(DataSource dataSource, String tag, String runPeriod, String packagePeriod) {
        this.dataSource = dataSource;
        this.tag = tag;
        this.runPeriod = runPeriod;
        this.packagePeriod = packagePeriod;
    }

    /** A completed preview run of {@code runPeriod}. */
    long run() throws SQLException {
        long id = randomId();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO evaluation_run (id, period_code, period_type,"
                                        + " scheme_version_id, scheme_code, scheme_version,"
                                        + " scheme_hash, plan_version_id, plan_code, plan_version,"
                                        + " plan_hash, trigger_key, preview, status, phase, attempts,"
                                        + " total_items, scored_items, written_items, engine_version,"
                                        + " requested_by, created_at, version) VALUES (?, ?,"
                                        + " 'QUARTER', 0, ?, 1, 'x', 0, ?, 1, 'x',"
                                        + " ?, TRUE, 'COMPLETED', 'DONE', 1, 0, 0, 0, 'it', 'it', ?,"
                                        + " 0)")) {
            s.setLong(1, id);
            s.setString(2, runPeriod);
            s.setString(3, tag);
            s.setString(4, tag);
            s.setString(5, tag + "-" + id);
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    /**
     * A package of the unit in the given status, on a run of its own; last changed by whoever
     * prepared it (or "it" when nobody did).
     */
    long reviewPackage(long unit, String status, String preparedBy) throws SQLException {
        long id = randomId();
        long run = run();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO review_package (id, run_id, period_code, org_unit_id,"
                                        + " status, opened_by, opened_at, prepared_by, changed_by,"
                                        + " changed_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setLong(2, run);
            s.setString(3, packagePeriod);
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
     * The employee's result in the package, published by HR, open to appeal until the given time.
     */
    long publishedResult(long pack, long employee, Instant published, Instant appealUntil)
            throws SQLException {
        long id = randomId();
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
            s.setTimestamp(4, Timestamp.from(appealUntil));
            s.setTimestamp(5, Timestamp.from(published));
            s.setLong(6, pack);
            s.executeUpdate();
        }
        return id;
    }

    private static long randomId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }
}
