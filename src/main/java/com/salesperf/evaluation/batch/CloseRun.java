package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 3: run hash, counts, supersede earlier drafts, freeze the versions, audit. */
@Named
@Dependent
public class CloseRun extends AbstractBatchlet {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Override
    public String process() throws Exception {
        steps.close(JobRun.runId(job));
        return "COMPLETED";
    }
}
