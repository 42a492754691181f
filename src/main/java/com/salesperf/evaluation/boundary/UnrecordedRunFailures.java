package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.control.FailureReasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures of runs that could not be written when they happened, typically because the database
 * itself was unreachable. They are kept in memory and written by the scheduler's minute timer once
 * the database answers again, so the run page shows FAILED with the reason instead of a run that
 * seems to be running forever. If this instance dies before that, the orphan take-over resumes the
 * run instead.
 */
@ApplicationScoped
public class UnrecordedRunFailures {

    private static final Logger LOG = Logger.getLogger(UnrecordedRunFailures.class.getName());

    private record Failure(Long executionId, String reason) {}

    private final Map<Long, Failure> pending = new ConcurrentHashMap<>();

    @Inject RunSteps steps;

    /**
     * Records the failure of an execution now, or keeps it for later when the database refuses. The
     * first reason kept for a run wins: it names the step that failed.
     */
    public void record(long runId, Long executionId, String reason) {
        try {
            steps.failed(runId, executionId, reason);
        } catch (RuntimeException unreachable) {
            LOG.log(
                    Level.WARNING,
                    "Could not record the failure of evaluation run "
                            + runId
                            + "; it is written when the database answers again",
                    unreachable);
            // Not even the failure could be written: the database is away, which is the reason
            // an administrator needs (the job's own words come after it).
            String kept =
                    reason.startsWith(FailureReasons.DATABASE_UNREACHABLE)
                            ? reason
                            : FailureReasons.databaseUnreachable(unreachable) + "; " + reason;
            pending.putIfAbsent(runId, new Failure(executionId, kept));
        }
    }

    /** Writes every kept failure the database accepts now. Never throws. */
    public void recordPending() {
        pending.forEach(
                (runId, failure) -> {
                    try {
                        steps.failed(runId, failure.executionId(), failure.reason());
                        pending.remove(runId);
                        LOG.info(() -> "Recorded the failure of evaluation run " + runId);
                    } catch (RuntimeException stillUnreachable) {
                        LOG.fine(() -> "Still cannot record the failure of run " + runId);
                    }
                });
    }
}
