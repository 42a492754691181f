package com.salesperf.it.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test pass an empty database before its first server starts: deletes the
 * pass's Payara root dir (which holds the H2 file) and, for the PostgreSQL pass, creates the test
 * database if missing and empties its public schema. Does nothing for unit tests (no it.rootdir).
 */
public class FreshTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedPortal.stop();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String rootDir = System.getProperty("it.rootdir");
        if (rootDir == null || rootDir.isBlank()) {
            return;
        }
        deleteRecursively(Path.of(rootDir));
        deleteRecursively(SharedPortal.rootDir());
        if ("postgresql".equals(System.getProperty("it.database"))) {
            resetPostgres(
                    System.getProperty("it.postgres.url"),
                    System.getProperty("it.postgres.user"),
                    System.getProperty("it.postgres.password"));
        }
    }

    static void resetPostgres(String url, String user, String password) {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery(
                            "SELECT 1 FROM pg_database WHERE datname = '"
                                    + database.replace("'", "")
                                    + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot prepare the PostgreSQL test database " + database + " at " + adminUrl,
                    e);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL test database " + url, e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
