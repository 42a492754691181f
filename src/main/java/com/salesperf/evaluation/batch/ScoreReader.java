package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Step 2's reader: rows not scored yet, so a new execution also skips what was done. */
@Named
@Dependent
public class ScoreReader extends AbstractItemReader {

    @Inject JobContext job;

    @Inject RunSteps steps;

    private ItemPages pages;

    @Override
    public void open(Serializable checkpoint) {
        pages = new ItemPages(steps, JobRun.runId(job), true, checkpoint, -1);
    }

    @Override
    public Object readItem() throws Exception {
        return pages.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return pages.checkpoint();
    }
}
