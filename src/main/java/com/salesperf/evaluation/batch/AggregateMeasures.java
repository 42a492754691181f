package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step 1: the population's measures in set-based queries, scored and ranked: one working row per
 * rep.
 */
@Named
@Dependent
public class AggregateMeasures extends AbstractBatchlet {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Override
    public String process() throws Exception {
        steps.aggregate(JobRun.runId(job));
        return "AGGREGATED";
    }
}
