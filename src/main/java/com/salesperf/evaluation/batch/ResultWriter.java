package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step 2's writer: one JDBC batch per chunk, replacing results of the same positions. */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Inject RunFaults faults;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<ResultRow> rows = items.stream().map(ResultRow.class::cast).toList();
        faults.check(rows);
        steps.saveResults(JobRun.runId(job), rows);
    }
}
