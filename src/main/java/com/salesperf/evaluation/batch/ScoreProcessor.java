package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunDefinitions;
import com.salesperf.evaluation.boundary.RunSteps;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.control.ScoreCard;
import com.salesperf.evaluation.entity.EvaluationRun;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 2: scores one rep with the engine; each card depends only on that rep's input. */
@Named
@Dependent
public class ScoreProcessor implements ItemProcessor {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Inject RunDefinitions definitions;

    private SchemeScorer scorer;

    @Override
    public Object processItem(Object item) {
        RunItem row = (RunItem) item;
        RepInput rep = InputText.read(row.input());
        ScoreCard card = scorer().score(rep);
        return new ScoredItem(
                row.seq(),
                card.evaluable(),
                card.totalScore(),
                card.completionRate(),
                rep.measure("actualSales"),
                rep.measure("satisfaction"));
    }

    private SchemeScorer scorer() {
        if (scorer == null) {
            EvaluationRun run = steps.run(JobRun.runId(job));
            scorer =
                    new SchemeScorer(
                            definitions
                                    .byIds(run.getSchemeVersionId(), run.getPlanVersionId())
                                    .scheme());
        }
        return scorer;
    }
}
