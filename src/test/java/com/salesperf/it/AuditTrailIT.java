package com.salesperf.it;

import static com.salesperf.it.TestSupport.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.audit.control.ChainVerification;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on a real database: appends stay gapless under concurrency, the chain verifies,
 * and a row changed or removed behind the application's back is detected and pinpointed. Every test
 * that tampers puts the row back, so the shared chain stays intact for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AuditTrailIT.class);
    }

    @Inject AuditTrail auditTrail;

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource ManagedExecutorService executor;

    @ArquillianResource URL base;

    @Test
    void concurrentAppendsStayGaplessAndChained() throws Exception {
        long before = headSeq();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int writer = w;
            writers.add(
                    executor.submit(
                            () -> {
                                for (int i = 0; i < 20; i++) {
                                    auditTrail.record(
                                            AuditEvent.of(
                                                            "it-writer-" + writer,
                                                            "TEST_EVENT",
                                                            "Test",
                                                            writer + "-" + i)
                                                    .after("{\"i\":" + i + "}"));
                                }
                            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        assertThat(headSeq()).isEqualTo(before + 120);
        ChainVerification verification = auditTrail.verify(AUDITOR);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.entriesChecked()).isEqualTo(verification.headSeq());
    }

    @Test
    void aChangedEntryIsDetectedAndNamed() throws SQLException {
        long seq =
                auditTrail.record(
                        AuditEvent.of("it", "TARGET_ADJUSTED", "Target", UUID.randomUUID())
                                .because("market change"));
        String original = reasonOf(seq);
        try {
            tamper("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = " + seq);
            ChainVerification verification = auditTrail.verify(AUDITOR);
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstProblem().seq()).isEqualTo(seq);
            assertThat(verification.firstProblem().kind())
                    .isEqualTo(ChainVerification.Kind.HASH_MISMATCH);
        } finally {
            tamper("UPDATE audit_entry SET reason = '" + original + "' WHERE seq = " + seq);
        }
        assertThat(auditTrail.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    void entriesCutOffAfterACheckpointAreDetected() throws SQLException {
        long seq =
                auditTrail.record(AuditEvent.of("it", "RUN_COMPLETED", "Run", UUID.randomUUID()));
        auditTrail.checkpoint("test");
        List<Object[]> saved = rowsFrom(seq);
        try {
            tamper("DELETE FROM audit_entry WHERE seq >= " + seq);
            ChainVerification verification = auditTrail.verify(AUDITOR);
            assertThat(verification.problems())
                    .extracting(ChainVerification.Problem::kind)
                    .contains(ChainVerification.Kind.CHECKPOINT_MISSING_ENTRY);
        } finally {
            restore(saved);
        }
        assertThat(auditTrail.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    void onPostgresTheDatabaseItselfRefusesChanges() throws SQLException {
        if (!isPostgres()) {
            return; // H2 has no SQL triggers; there the verification above is the protection
        }
        long seq = auditTrail.record(AuditEvent.of("it", "TEST_EVENT", "Test", "pg"));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(
                            () ->
                                    statement.executeUpdate(
                                            "UPDATE audit_entry SET actor = 'x' WHERE seq = "
                                                    + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(
                            () ->
                                    statement.executeUpdate(
                                            "DELETE FROM audit_entry WHERE seq = " + seq))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void onlyAuditorsAndAdministratorsMayVerify() {
        Caller rep = new Caller("s001", EnumSet.of(Role.REP), 1L, null);
        assertThatThrownBy(() -> auditTrail.verify(rep)).isInstanceOf(AccessDeniedException.class);
        HttpCalls http = new HttpCalls(base);
        assertThat(http.get("/api/v1/audit/verification", "s001", "demo1234").statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/audit/verification", "auditor", "demo1234").body())
                .contains("\"entriesChecked\"");
    }

    private long headSeq() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    private String reasonOf(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT reason FROM audit_entry WHERE seq = " + seq)) {
            r.next();
            return r.getString(1);
        }
    }

    private List<Object[]> rowsFrom(long seq) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,"
                                        + " reason, prev_hash, entry_hash FROM audit_entry WHERE seq >= "
                                        + seq
                                        + " ORDER BY seq")) {
            while (r.next()) {
                Object[] row = new Object[11];
                for (int i = 0; i < 11; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void restore(List<Object[]> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            bypassTriggers(c);
            try (PreparedStatement insert =
                    c.prepareStatement(
                            "INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type,"
                                    + " entity_id, before_json, after_json, reason, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < 11; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            } finally {
                restoreTriggers(c);
            }
        }
    }

    /** A change made directly in the database, as an attacker with database access would. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            bypassTriggers(c);
            try {
                s.executeUpdate(sql);
            } finally {
                restoreTriggers(c);
            }
        }
    }

    /** The pool hands the connection to others afterwards: triggers must be on again. */
    private void restoreTriggers(Connection c) throws SQLException {
        if (isPostgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("RESET session_replication_role");
            }
        }
    }

    /** On PostgreSQL a superuser can switch triggers off for the session; H2 has none. */
    private void bypassTriggers(Connection c) throws SQLException {
        if (isPostgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica");
            }
        }
    }

    private boolean isPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
