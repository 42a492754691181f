package com.salesperf.alert.boundary;

import com.salesperf.data.boundary.DataImported;
import com.salesperf.evaluation.boundary.RunCompleted;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates the alert rules once a run or a sales import has committed, so the rules read the
 * figures the run or import produced. A failing evaluation is logged and never undoes the run or
 * the import; the next run of the period evaluates again (hits are stored once). After a run the
 * batch thread evaluates; after an import the managed executor does.
 */
@ApplicationScoped
public class AlertTriggers {

    private static final Logger LOG = Logger.getLogger(AlertTriggers.class.getName());

    @Inject AlertEvaluation evaluation;

    @Resource ManagedExecutorService executor;

    void afterRun(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunCompleted event) {
        try {
            evaluation.afterRun(event.runId());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "could not evaluate the alert rules after run " + event.runId(),
                    e);
        }
    }

    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataImported event) {
        if (!"SALES".equals(event.kind())) {
            return;
        }
        // On the managed executor: the person who imported gets the answer without waiting for
        // the rules, which may look at many periods of a large file.
        executor.submit(
                () -> {
                    try {
                        evaluation.afterSalesImport(event.batchId());
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.SEVERE,
                                "could not evaluate the alert rules after import batch "
                                        + event.batchId(),
                                e);
                    }
                });
    }
}
