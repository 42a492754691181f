package com.salesperf.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureReasonsTest {

    @Test
    void namesTheRootCause() {
        Exception failure =
                new IllegalStateException("step", new ArithmeticException("Division by zero"));

        assertEquals("ArithmeticException: Division by zero", FailureReasons.describe(failure));
    }

    @Test
    void saysPlainlyWhenTheDatabaseWentAway() {
        Exception failure =
                new PersistenceException(
                        "commit failed",
                        new SQLException(
                                "FATAL: terminating connection due to administrator command",
                                "57P01"));

        assertEquals(
                "The database could not be reached (SQLException: FATAL: terminating connection"
                        + " due to administrator command)",
                FailureReasons.describe(failure));
    }

    @Test
    void aConnectionFailureAnywhereInTheChainCounts() {
        Exception failure =
                new RuntimeException(
                        new SQLException(
                                "I/O error", "08006", new java.io.EOFException("end of stream")));

        assertEquals(
                "The database could not be reached (EOFException: end of stream)",
                FailureReasons.describe(failure));
    }

    @Test
    void otherSqlErrorsAreNotCalledAnOutage() {
        Exception failure = new SQLException("duplicate key", "23505");

        assertEquals("SQLException: duplicate key", FailureReasons.describe(failure));
    }

    @Test
    void anUnreadableJobStatusMeansTheDatabaseIsAway() {
        Exception failure =
                new IllegalStateException(
                        "persistence",
                        new SQLException(
                                "Error in allocating a connection",
                                new IllegalStateException(
                                        "FATAL: database \"portal\" is not currently accepting"
                                                + " connections")));

        assertEquals(
                "The database could not be reached (FATAL: database \"portal\" is not currently"
                        + " accepting connections)",
                FailureReasons.databaseUnreachable(failure));
    }
}
