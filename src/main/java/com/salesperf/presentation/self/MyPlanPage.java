package com.salesperf.presentation.self;

import com.salesperf.data.boundary.SalesPlans;
import com.salesperf.data.control.FieldProblem;
import com.salesperf.data.control.PlanDeadline;
import com.salesperf.data.control.PlanRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * "My monthly sales plan": the form for the month's plan with its due time, and the rep's earlier
 * plans with on-time or late marks. Validation happens in {@link SalesPlans}; its refusals are
 * shown next to the field they concern.
 */
@Named
@ViewScoped
public class MyPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 36;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient SalesPlans plans;

    private String month;
    private String content;
    private List<PlanRow> history = List.of();

    @PostConstruct
    void load() {
        month = plans.suggestedMonth();
        history = plans.mine(currentCaller.get(), SHOWN);
    }

    public void submit() {
        try {
            PlanRow saved = plans.submit(currentCaller.get(), month, content);
            Messages.info(
                    saved.lateAt(saved.submittedAt()) ? "plan.submittedLate" : "plan.submitted",
                    saved.periodCode());
            history = plans.mine(currentCaller.get(), SHOWN);
            content = null;
        } catch (FieldProblem e) {
            Messages.fieldError("plan:" + e.field(), e.messageKey(), e.arguments());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** The due time of the chosen month, for the form's hint; null while the month is invalid. */
    public Date getDueAt() {
        try {
            return Date.from(
                    PlanDeadline.dueAt(YearMonth.parse(month))
                            .atZone(ZoneId.systemDefault())
                            .toInstant());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Date when(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public List<PlanRow> getHistory() {
        return history;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? null : month.strip();
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
