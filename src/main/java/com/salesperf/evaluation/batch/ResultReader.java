package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Step 2's reader: ranked rows in position order, from the checkpoint, or for a new execution of an
 * interrupted run from the last result already written.
 */
@Named
@Dependent
public class ResultReader extends AbstractItemReader {

    @Inject JobContext job;

    @Inject RunSteps steps;

    private ItemPages pages;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long runId = JobRun.runId(job);
        pages = new ItemPages(steps, runId, checkpoint, steps.lastWrittenSeq(runId));
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
