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
 * when a step throws or the job ends without completing the run.
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

    @Override
    public void beforeStep() {}

    @Override
    public void afterStep() {
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
