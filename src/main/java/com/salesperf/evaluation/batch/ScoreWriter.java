package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step 2's writer: the chunk's scores and the progress count, in the chunk's transaction. */
@Named
@Dependent
public class ScoreWriter extends AbstractItemWriter {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        steps.saveScores(JobRun.runId(job), items.stream().map(ScoredItem.class::cast).toList());
    }
}
