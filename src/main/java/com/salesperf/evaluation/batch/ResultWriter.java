package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunDefinitions;
import com.salesperf.evaluation.boundary.RunSteps;
import com.salesperf.evaluation.control.IncentiveCalculator;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.period.control.PeriodCode;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Step 2's writer: computes the chunk's full results (on as many threads as there are processors: a
 * result is pure computation over its working row) and writes them in one JDBC batch, replacing
 * results of the same positions.
 */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ResultWriter.class.getName());

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Inject RunDefinitions definitions;

    @Inject RunFaults faults;

    @Resource ManagedExecutorService executor;

    private long runId;
    private ResultMaker maker;

    /** Where this execution's time went, for the log line at the step's end. */
    private long computingNanos;

    private long writingNanos;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        runId = JobRun.runId(job);
        EvaluationRun run = steps.run(runId);
        RunDefinitions.Definitions defs =
                definitions.byIds(run.getSchemeVersionId(), run.getPlanVersionId());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("period", run.getPeriodCode());
        context.put("schemeVersionId", run.getSchemeVersionId());
        context.put("planVersionId", run.getPlanVersionId());
        context.put(
                "importBatches",
                run.getImportBatches() == null || run.getImportBatches().isEmpty()
                        ? List.of()
                        : Arrays.asList(run.getImportBatches().split(",")));
        context.put("engineVersion", run.getEngineVersion());
        context.put("preview", run.isPreview());
        maker =
                new ResultMaker(
                        new SchemeScorer(defs.scheme()),
                        new IncentiveCalculator(defs.plan()),
                        defs.schemeRef(),
                        defs.planRef(),
                        PeriodCode.parse(run.getPeriodCode()),
                        steps.pastResults(runId),
                        context);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<RunItem> rows = items.stream().map(RunItem.class::cast).toList();
        long start = System.nanoTime();
        List<ResultRow> results = ChunkWork.map(rows, maker::make, executor);
        long computed = System.nanoTime();
        faults.check(results);
        steps.saveResults(runId, results);
        computingNanos += computed - start;
        writingNanos += System.nanoTime() - computed;
    }

    @Override
    public void close() {
        LOG.info(
                () ->
                        "Evaluation run %d results: computing %d ms, writing %d ms"
                                .formatted(
                                        runId,
                                        computingNanos / 1_000_000,
                                        writingNanos / 1_000_000));
    }
}
