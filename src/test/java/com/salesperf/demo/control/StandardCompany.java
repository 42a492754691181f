package com.salesperf.demo.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The standard demo company generated once per test run into an in-memory H2 database, shared by
 * the H2 test classes because generating it is the slow part.
 */
final class StandardCompany {

    private static Connection connection;
    private static GenerationSummary summary;

    private StandardCompany() {}

    static synchronized Connection onH2() throws SQLException {
        if (connection == null) {
            connection = TestDatabases.h2("standard");
            summary = new DemoCompanyGenerator().generate(connection, DemoSize.standard());
            System.out.printf(
                    "Standard demo company on H2 2.2.224: %,d rows in %,d ms%n%s",
                    summary.totalRows(), summary.elapsedMillis(), summary.report());
        }
        return connection;
    }

    static synchronized GenerationSummary summary() throws SQLException {
        onH2();
        return summary;
    }
}
