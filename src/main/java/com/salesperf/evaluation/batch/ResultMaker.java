package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.DefinitionRef;
import com.salesperf.evaluation.control.Incentive;
import com.salesperf.evaluation.control.IncentiveCalculator;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.control.ScoreCard;
import com.salesperf.period.control.PeriodCode;
import java.util.List;
import java.util.Map;

/**
 * A rep's full result from the rep's working row. The score card is computed again from the stored
 * input (cheap and deterministic, so nothing big is kept between steps); tier and bonus use the
 * stored region rank; flags use the rep's earlier results.
 *
 * <p>Pure computation over immutable definitions and maps only read: one maker serves several
 * threads at once.
 */
final class ResultMaker {

    private final SchemeScorer scorer;
    private final IncentiveCalculator calculator;
    private final DefinitionRef schemeRef;
    private final DefinitionRef planRef;
    private final PeriodCode period;
    private final Map<String, List<PastResult>> past;
    private final Map<String, Object> context;

    /**
     * @param past the reps' earlier results by employee number, for the flags
     * @param context what the run adds to every result's trace
     */
    ResultMaker(
            SchemeScorer scorer,
            IncentiveCalculator calculator,
            DefinitionRef schemeRef,
            DefinitionRef planRef,
            PeriodCode period,
            Map<String, List<PastResult>> past,
            Map<String, Object> context) {
        this.scorer = scorer;
        this.calculator = calculator;
        this.schemeRef = schemeRef;
        this.planRef = planRef;
        this.period = period;
        this.past = Map.copyOf(past);
        this.context = context;
    }

    ResultRow make(RunItem row) {
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
}
