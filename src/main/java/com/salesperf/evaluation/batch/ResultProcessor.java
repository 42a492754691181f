package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunDefinitions;
import com.salesperf.evaluation.boundary.RunSteps;
import com.salesperf.evaluation.control.DefinitionRef;
import com.salesperf.evaluation.control.Incentive;
import com.salesperf.evaluation.control.IncentiveCalculator;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.control.ScoreCard;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.period.control.PeriodCode;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2: a rep's full result. The score card is computed again from the stored input (cheap and
 * deterministic, so nothing big is kept between steps); tier and bonus use the stored region rank;
 * flags use the rep's earlier results.
 */
@Named
@Dependent
public class ResultProcessor implements ItemProcessor {

    @Inject JobContext job;

    @Inject RunSteps steps;

    @Inject RunDefinitions definitions;

    private SchemeScorer scorer;
    private IncentiveCalculator calculator;
    private DefinitionRef schemeRef;
    private DefinitionRef planRef;
    private PeriodCode period;
    private Map<String, List<PastResult>> past;
    private Map<String, Object> context;

    @Override
    public Object processItem(Object item) throws Exception {
        prepare();
        RunItem row = (RunItem) item;
        RepInput rep = InputText.read(row.input());
        ScoreCard card = scorer.score(rep);
        RepEvaluation result;
        if (card.evaluable()) {
            if (row.ranks() == null) {
                throw new IllegalStateException(rep.employeeNo() + " was scored but not ranked");
            }
            Incentive incentive = calculator.calculate(rep, row.ranks().region());
            result = new RepEvaluation(card, row.ranks(), incentive, schemeRef, planRef);
        } else {
            result = new RepEvaluation(card, null, null, schemeRef, planRef);
        }
        List<String> flags =
                RunFlags.of(
                        result,
                        period.type(),
                        past.getOrDefault(rep.employeeNo(), List.of()),
                        row.serviceStar());
        return ResultRow.of(row.seq(), row.employeeId(), result, flags, context);
    }

    private void prepare() throws SQLException {
        if (scorer != null) {
            return;
        }
        long runId = JobRun.runId(job);
        EvaluationRun run = steps.run(runId);
        RunDefinitions.Definitions defs =
                definitions.byIds(run.getSchemeVersionId(), run.getPlanVersionId());
        scorer = new SchemeScorer(defs.scheme());
        calculator = new IncentiveCalculator(defs.plan());
        schemeRef = defs.schemeRef();
        planRef = defs.planRef();
        period = PeriodCode.parse(run.getPeriodCode());
        past = steps.pastResults(runId);
        context = new LinkedHashMap<>();
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
    }
}
