package com.salesperf.demo.boundary;

import com.salesperf.demo.control.DemoCompanyGenerator;
import com.salesperf.demo.control.DemoSize;
import com.salesperf.demo.control.GenerationSummary;
import com.salesperf.platform.boundary.DatabaseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start with an empty database, fills it with the deterministic demo company and the
 * demo users. Switched off with {@code PORTAL_DEMO_DATA=false}. Bean-managed transactions: the
 * generator commits its own JDBC batches.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCompanySeeder {

    private static final Logger LOG = Logger.getLogger(DemoCompanySeeder.class.getName());

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject DatabaseStatus database;

    @Inject DemoUsers demoUsers;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled || !database.isAvailable()) {
            return;
        }
        try {
            generateCompanyIfEmpty();
            int users = demoUsers.createIfNoUsers();
            if (users > 0) {
                LOG.info(() -> "Created " + users + " demo users (see README for the sign-ins)");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Could not create the demo company; the portal starts without it",
                    e);
        }
    }

    private void generateCompanyIfEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!isEmpty(connection)) {
                return;
            }
            GenerationSummary summary =
                    new DemoCompanyGenerator().generate(connection, DemoSize.standard());
            LOG.info(summary::report);
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rows.next();
            return rows.getLong(1) == 0;
        }
    }
}
