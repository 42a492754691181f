package com.salesperf.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.data.boundary.Imports;
import com.salesperf.data.control.FileImport;
import com.salesperf.data.control.ImportKind;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.boundary.UserAdministration;
import com.salesperf.organization.control.Account;
import com.salesperf.organization.control.NewAccount;
import com.salesperf.organization.entity.Role;
import com.salesperf.security.control.Caller;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the in-container integration tests share: the demo company's staff as callers, imports and
 * accounts of a test's own data, one-value SQL look-ups and waiting for an evaluation run to end.
 * Part of every test deployment (the whole package is).
 */
final class TestSupport {

    /** The demo accounts' password (see the demo data). */
    static final String DEMO_PASSWORD = "demo1234";

    static final Caller ADMIN = new Caller("admin", EnumSet.of(Role.ADMIN), null, null);
    static final Caller HR = new Caller("hr", EnumSet.of(Role.HR), null, null);
    static final Caller AUDITOR = new Caller("auditor", EnumSet.of(Role.AUDITOR), null, null);
    static final Caller FINANCE = new Caller("finance", EnumSet.of(Role.FINANCE), null, null);

    /** How long a test waits for a run of the demo company; generous for a loaded 2-core CI. */
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private TestSupport() {}

    /** The caller of an existing account, with its employee and scope as the sign-in sets them. */
    static Caller caller(Accounts accounts, String username) {
        Account a = accounts.find(username).orElseThrow();
        return new Caller(a.username(), a.roles(), a.employeeId(), a.scopeOrgUnitId());
    }

    /**
     * Imports the rows of one CSV kind as the administrator, as a script would over the API (all or
     * nothing).
     */
    static void importRows(Imports imports, ImportKind kind, String... rows) {
        imports.importFile(
                ADMIN,
                kind.slug(),
                kind.slug() + ".csv",
                ImportsIT.utf8(ImportsIT.csv(kind, rows)),
                FileImport.Source.API);
    }

    /** A new account with one role: a rep's (with employee number) or a manager's (with scope). */
    static void createAccount(
            UserAdministration users,
            String username,
            String password,
            String employeeNo,
            String scope,
            Role role) {
        users.create(
                ADMIN,
                new NewAccount(
                        username,
                        username,
                        password.toCharArray(),
                        employeeNo,
                        scope,
                        null,
                        Set.of(role)));
    }

    /**
     * The first column of the first row of a query as a number; fails the test if there is no row.
     * Parameters are bound in order.
     */
    static long single(DataSource dataSource, String sql, Object... parameters) {
        return Long.parseLong(text(dataSource, sql, parameters));
    }

    /** The first column of the first row of a query as text; fails the test if there is no row. */
    static String text(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Waits until the run has ended (completed, failed, ...) and returns it; fails after {@link
     * #RUN_TIMEOUT}.
     */
    static EvaluationRun awaitTerminal(Runs runs, long runId) {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            EvaluationRun run = runs.run(runId);
            if (run.getStatus().terminal()) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("run " + runId + " did not finish within " + RUN_TIMEOUT);
    }
}
