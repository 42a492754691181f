package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import com.salesperf.evaluation.boundary.UnrecordedRunFailures;
import com.salesperf.evaluation.control.FailureReasons;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the run row in step with the job: RUNNING when an execution starts, FAILED with the reason
 * when a step throws or the job ends without completing the run. Logs each step's wall time, so a
 * slow close shows where its time went (the benchmark script prints these lines).
 */
@Named
@Dependent
public class RunListener implements JobListener, StepListener {

    private static final Logger LOG = Logger.getLogger(RunListener.class.getName());

    @Inject JobContext job;

    @Inject StepContext step;

    @Inject RunSteps steps;

    @Inject UnrecordedRunFailures failures;

    /**
     * The run of this job execution, read when it starts: the batch runtime makes one job listener
     * per execution, and at its end the job parameters may no longer be readable (they live in the
     * database).
     */
    private long runId;

    @Override
    public void beforeJob() {
        runId = JobRun.runId(job);
        steps.started(runId, job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status;
        try {
            status = job.getBatchStatus();
        } catch (RuntimeException repositoryUnreachable) {
            // The job repository shares the application's database: when even the job's own
            // status cannot be read, the database went away and the job did not complete.
            failures.record(
                    runId,
                    job.getExecutionId(),
                    FailureReasons.databaseUnreachable(repositoryUnreachable));
            return;
        }
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            failures.record(runId, job.getExecutionId(), "The job ended " + status);
        }
    }

    private long stepStart;

    // Read when the step starts: at its end the database (which holds the job parameters) may be
    // gone, and the timing line must not stand in the way of recording the failure.
    private String stepRun;

    @Override
    public void beforeStep() {
        stepStart = System.nanoTime();
        try {
            stepRun = Long.toString(JobRun.runId(job));
        } catch (RuntimeException unreadable) {
            stepRun = "of execution " + job.getExecutionId();
        }
    }

    @Override
    public void afterStep() {
        long millis = (System.nanoTime() - stepStart) / 1_000_000;
        LOG.info(
                "Evaluation run "
                        + stepRun
                        + " step "
                        + step.getStepName()
                        + " took "
                        + millis
                        + " ms");
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(
                    Level.WARNING,
                    "Evaluation run step " + step.getStepName() + " failed",
                    failure);
            failures.record(
                    JobRun.runId(job),
                    job.getExecutionId(),
                    step.getStepName() + ": " + FailureReasons.describe(failure));
        }
    }
}
