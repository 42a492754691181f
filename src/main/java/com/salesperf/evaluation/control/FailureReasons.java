package com.salesperf.evaluation.control;

import java.sql.SQLException;

/** Why a run failed, in words an administrator can act on. */
public final class FailureReasons {

    /** How every reason that blames an unreachable database begins. */
    public static final String DATABASE_UNREACHABLE = "The database could not be reached";

    private FailureReasons() {}

    /**
     * The root cause, said plainly; a lost database connection (SQL state class 08, or 57P, the
     * server shutting down or ending the session) is named as such.
     */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        boolean databaseUnreachable = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            root = cause;
            if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                databaseUnreachable = true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String message = root.getMessage();
        String detail = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return databaseUnreachable ? DATABASE_UNREACHABLE + " (" + detail + ")" : detail;
    }

    public static String databaseUnreachable(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return DATABASE_UNREACHABLE + " (" + root.getMessage() + ")";
    }

    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
