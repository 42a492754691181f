package com.salesperf.demo.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** Fresh, Flyway-migrated databases for the tests that need a database of their own. */
public final class TestDatabases {

    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String POSTGRES_DATABASE = "portal_demo_test";
    static final String POSTGRES_USER = "postgres";

    private TestDatabases() {}

    /** An in-memory H2 database that lives until the JVM ends; each name is a new database. */
    public static Connection h2(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        migrate(url, "sa", "");
        return DriverManager.getConnection(url, "sa", "");
    }

    /**
     * The tests' own PostgreSQL database, created if missing, with its public schema dropped and
     * recreated so every test class starts from the migration alone.
     */
    static Connection postgres() throws SQLException {
        try (Connection admin =
                        DriverManager.getConnection(
                                POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
                Statement statement = admin.createStatement();
                ResultSet exists =
                        statement.executeQuery(
                                "SELECT 1 FROM pg_database WHERE datname = '"
                                        + POSTGRES_DATABASE
                                        + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
            }
        }
        String url = POSTGRES_SERVER + POSTGRES_DATABASE;
        try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        migrate(url, POSTGRES_USER, "");
        return DriverManager.getConnection(url, POSTGRES_USER, "");
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
