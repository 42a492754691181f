package com.salesperf.platform.boundary;

import com.salesperf.platform.control.DatabaseVendor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with Flyway before anything uses the persistence unit.
 * Bean-managed transactions, because Flyway commits its own work. When the database cannot be
 * reached the log says so in one line and the portal answers 503 instead of pretending to work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject DatabaseStatus status;

    @PostConstruct
    void migrate() {
        String database = describeDatabase();
        if (database == null) {
            return;
        }
        try {
            MigrateResult result =
                    Flyway.configure(getClass().getClassLoader())
                            .dataSource(dataSource)
                            .locations(
                                    "classpath:db/migration",
                                    "classpath:db/vendor/" + vendorOf(database))
                            .load()
                            .migrate();
            LOG.info(
                    () ->
                            "Schema of "
                                    + database
                                    + " is at version "
                                    + result.targetSchemaVersion
                                    + " ("
                                    + result.migrationsExecuted
                                    + " migrations applied now)");
            status.ready();
        } catch (FlywayException e) {
            LOG.log(
                    Level.SEVERE,
                    "Schema migration failed on " + database + ": " + e.getMessage(),
                    e);
            status.unavailable("schema migration failed: " + e.getMessage());
        }
    }

    /**
     * Product and version of the database, or null (logged in one line) when it cannot be reached.
     */
    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName()
                    + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException | RuntimeException e) {
            String reason =
                    "Database unreachable through jdbc/app ("
                            + rootMessage(e)
                            + "); the portal will answer 503 until it is restarted with a reachable database.";
            LOG.severe(reason);
            status.unavailable(reason);
            return null;
        }
    }

    /**
     * The folder of vendor-only migrations (db/vendor/postgresql, db/vendor/h2), named here rather
     * than with Flyway's location placeholder, so that a PostgreSQL-only safeguard such as the
     * append-only trigger can never be skipped silently.
     */
    static String vendorOf(String databaseDescription) {
        return DatabaseVendor.of(databaseDescription).folder();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
