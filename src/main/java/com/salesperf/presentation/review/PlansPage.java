package com.salesperf.presentation.review;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.ImprovementPlans;
import com.salesperf.review.control.PlanOutcome;
import com.salesperf.review.control.PlanRow;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Improvement plans of the caller's scope: the manager writes goals, HR approves, both record
 * check-ins, HR records the outcome.
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient ImprovementPlans plans;

    private List<PlanRow> rows;
    private String text;
    private PlanOutcome outcome = PlanOutcome.PASSED;

    @PostConstruct
    void load() {
        try {
            rows = plans.list(currentCaller.get(), 200);
        } catch (BusinessException e) {
            rows = List.of();
            Messages.of(e);
        }
    }

    public void submitGoals(PlanRow plan) {
        run(() -> plans.submitGoals(currentCaller.get(), plan.id(), plan.version(), text));
    }

    public void approve(PlanRow plan) {
        run(() -> plans.approve(currentCaller.get(), plan.id(), plan.version()));
    }

    public void checkIn(PlanRow plan) {
        run(() -> plans.checkIn(currentCaller.get(), plan.id(), text));
    }

    public void conclude(PlanRow plan) {
        run(() -> plans.conclude(currentCaller.get(), plan.id(), plan.version(), outcome, text));
    }

    private void run(Runnable step) {
        try {
            step.run();
            text = null;
            Messages.info("review.plans.saved");
        } catch (BusinessException e) {
            Messages.of(e);
        }
        load();
    }

    public List<PlanOutcome> getOutcomes() {
        return List.of(PlanOutcome.values());
    }

    public List<PlanRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PlanOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PlanOutcome outcome) {
        this.outcome = outcome;
    }
}
