package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
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

    @Override
    public void beforeJob() {
        steps.started(JobRun.runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            steps.failed(JobRun.runId(job), job.getExecutionId(), "The job ended " + status);
        }
    }

    private long stepStart;

    @Override
    public void beforeStep() {
        stepStart = System.nanoTime();
    }

    @Override
    public void afterStep() {
        LOG.info(
                () ->
                        "Evaluation run "
                                + JobRun.runId(job)
                                + " step "
                                + step.getStepName()
                                + " took "
                                + (System.nanoTime() - stepStart) / 1_000_000
                                + " ms");
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(
                    Level.WARNING,
                    "Evaluation run step " + step.getStepName() + " failed",
                    failure);
            steps.failed(
                    JobRun.runId(job),
                    job.getExecutionId(),
                    step.getStepName() + ": " + reason(failure));
        }
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
