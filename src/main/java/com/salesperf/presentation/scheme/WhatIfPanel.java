package com.salesperf.presentation.scheme;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.scheme.boundary.WhatIfOutcome;
import com.salesperf.scheme.boundary.WhatIfPreview;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The what-if part of the scheme and plan editors: a past period to pick, and the comparison of the
 * stored current definitions with the edited ones. The result lives only in the view.
 */
@Dependent
public class WhatIfPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient WhatIfPreview preview;

    private List<String> periods = List.of();
    private String period;
    private WhatIfComparison comparison;
    private Population population;
    private boolean onlyChanged;

    /** Offers the ended periods of the scheme's period type, newest first. */
    void prepare(PeriodType type) {
        if (!currentCaller.get().has(com.salesperf.organization.entity.Role.ADMIN)) {
            return;
        }
        periods = preview.pastPeriods(currentCaller.get(), type);
        if (period == null || !periods.contains(period)) {
            period = periods.isEmpty() ? null : periods.get(0);
        }
        comparison = null;
    }

    void run(
            String schemeCode,
            String planCode,
            SchemeDefinition editedScheme,
            PlanDefinition editedPlan) {
        comparison = null;
        if (period == null) {
            Messages.error("whatif.noPeriod");
            return;
        }
        try {
            WhatIfOutcome outcome =
                    preview.compare(
                            currentCaller.get(),
                            period,
                            schemeCode,
                            planCode,
                            editedScheme,
                            editedPlan);
            comparison = WhatIfComparison.of(outcome.before(), outcome.after());
            population = outcome.population();
        } catch (InvalidDefinitionException e) {
            Messages.error("whatif.invalid");
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** The rows to show: all, or only the reps whose result would change. */
    public List<WhatIfRow> getRows() {
        if (comparison == null) {
            return List.of();
        }
        return onlyChanged
                ? comparison.rows().stream().filter(WhatIfRow::isChanged).toList()
                : comparison.rows();
    }

    /** Who the last comparison evaluated. */
    public Population getPopulation() {
        return population;
    }

    public List<String> getPeriods() {
        return periods;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public WhatIfComparison getComparison() {
        return comparison;
    }

    public boolean isOnlyChanged() {
        return onlyChanged;
    }

    public void setOnlyChanged(boolean onlyChanged) {
        this.onlyChanged = onlyChanged;
    }
}
