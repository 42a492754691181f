package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 3: ranks need the whole population, so they come between the two chunked steps. */
@Named
@Dependent
public class RankPopulation extends AbstractBatchlet {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Override
    public String process() throws Exception {
        steps.rank(JobRun.runId(job));
        return "RANKED";
    }
}
