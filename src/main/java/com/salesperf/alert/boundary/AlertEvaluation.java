package com.salesperf.alert.boundary;

import com.salesperf.alert.control.AffectedPeriods;
import com.salesperf.alert.control.AlertHit;
import com.salesperf.alert.control.RuleEvaluator;
import com.salesperf.alert.control.RuleSpec;
import com.salesperf.alert.entity.AlertRule;
import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Evaluates the enabled rules after a completed run (the run's period and type, every kind) and
 * after a sales import (the finished periods whose sales changed and those that compare with them;
 * result thresholds wait for the next run, as results do not change on import). Each hit is
 * recorded on its own, so one refused hit never loses the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertEvaluation {

    private static final Logger LOG = Logger.getLogger(AlertEvaluation.class.getName());

    @PersistenceContext EntityManager em;

    @Inject AlertFigures figures;

    @Inject AlertRecorder recorder;

    /**
     * @return how many new alerts the run raised
     */
    public int afterRun(long runId) {
        EvaluationRun run = em.find(EvaluationRun.class, runId);
        if (run == null || run.isPreview() || run.getStatus() != RunStatus.COMPLETED) {
            return 0;
        }
        PeriodCode period = PeriodCode.parse(run.getPeriodCode());
        int raised = 0;
        for (AlertRule rule : enabled(period.type())) {
            raised += record(hits(RuleSpec.of(rule), period, runId));
        }
        LOG.info("Alerts after run " + runId + " (" + period + "): " + raised + " new");
        return raised;
    }

    /**
     * @return how many new alerts the import batch's sales raised
     */
    public int afterSalesImport(long batchId) {
        LocalDate[] dates = figures.salesDates(batchId);
        if (dates == null) {
            return 0;
        }
        int raised = 0;
        for (PeriodType type : List.of(PeriodType.MONTH, PeriodType.QUARTER)) {
            for (AlertRule rule : enabled(type)) {
                if (rule.getKind() == AlertRuleKind.REP_RESULT_THRESHOLD) {
                    continue;
                }
                RuleSpec spec = RuleSpec.of(rule);
                for (PeriodCode period :
                        AffectedPeriods.of(spec, dates[0], dates[1], LocalDate.now())) {
                    raised += record(hits(spec, period, null));
                }
            }
        }
        LOG.info("Alerts after import batch " + batchId + ": " + raised + " new");
        return raised;
    }

    private List<AlertHit> hits(RuleSpec rule, PeriodCode period, Long runId) {
        return switch (rule.kind()) {
            case UNIT_SALES_CHANGE ->
                    RuleEvaluator.salesChange(
                            rule,
                            period.toString(),
                            period.previous().toString(),
                            figures.unitSales(rule.unitLevel(), period));
            case REP_COMPLETION_STREAK ->
                    RuleEvaluator.completionStreak(
                            rule,
                            period.toString(),
                            figures.repCompletions(streak(period, rule.periodsInRow())));
            case REP_RESULT_THRESHOLD ->
                    runId == null
                            ? List.of()
                            : RuleEvaluator.resultThreshold(
                                    rule,
                                    period.toString(),
                                    figures.resultValues(runId, rule.measure()));
        };
    }

    private static List<PeriodCode> streak(PeriodCode last, int length) {
        List<PeriodCode> periods = new ArrayList<>();
        PeriodCode p = last;
        for (int i = 0; i < length; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    private int record(List<AlertHit> hits) {
        int raised = 0;
        for (AlertHit hit : hits) {
            try {
                raised += recorder.record(hit) ? 1 : 0;
            } catch (EJBException concurrent) {
                // Another evaluation stored the same hit first: the unique key kept it once.
                LOG.fine(
                        () -> "alert already stored: " + hit.subjectKey() + " " + hit.periodCode());
            }
        }
        return raised;
    }

    private List<AlertRule> enabled(PeriodType type) {
        return em.createNamedQuery("AlertRule.findEnabledByPeriodType", AlertRule.class)
                .setParameter("type", type)
                .getResultList();
    }
}
