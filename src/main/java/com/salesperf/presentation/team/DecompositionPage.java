package com.salesperf.presentation.team;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.analytics.boundary.SalesAnalytics;
import com.salesperf.analytics.control.Level;
import com.salesperf.analytics.control.Performance;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.targets.boundary.TargetDecompositions;
import com.salesperf.targets.control.Decomposition;
import com.salesperf.targets.control.SplitLine;
import com.salesperf.targets.control.SplitProposal;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Target decomposition: a region's sales target into its teams, a team's into its reps. The page
 * starts from the proportional proposal, lets the manager edit every value, shows the children's
 * sum against the parent and asks for confirmation when they differ.
 */
@Named
@ViewScoped
public class DecompositionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient TargetDecompositions decompositions;
    @Inject transient SalesAnalytics sales;
    @Inject transient AnalyticsPeriods periods;

    private String periodCode;
    private Long unitId;
    private List<Performance> units = List.of();
    private SplitProposal proposal;
    private final Map<String, BigDecimal> values = new HashMap<>();
    private boolean differenceConfirmed;
    private final List<String> periodCodes = new ArrayList<>();

    @PostConstruct
    void init() {
        periodCode = periods.defaultQuarter(LocalDate.now());
        periodCodes.addAll(periods.codes("QUARTER"));
        periodCodes.addAll(periods.codes("YEAR"));
        loadUnits();
    }

    /** The regions and teams of the caller's scope, regions first. */
    public void loadUnits() {
        try {
            List<Performance> all = new ArrayList<>();
            all.addAll(sales.byLevel(currentCaller.get(), periodCode, Level.REGION, null));
            all.addAll(sales.byLevel(currentCaller.get(), periodCode, Level.TEAM, null));
            units = all;
            proposal = null;
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void load() {
        if (unitId == null) {
            Messages.fieldError("split:unit", "validation.required");
            return;
        }
        try {
            proposal = decompositions.propose(currentCaller.get(), periodCode, unitId);
            useProposal();
            if (proposal.parent() == null) {
                Messages.warn("decomposition.error.noParent");
            }
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void useProposal() {
        values.clear();
        proposal.children().forEach(c -> values.put(c.code(), c.proposed()));
    }

    public void keepCurrent() {
        values.clear();
        proposal.children().forEach(c -> values.put(c.code(), c.current()));
    }

    public void save() {
        try {
            int changed =
                    decompositions.save(
                            currentCaller.get(), periodCode, unitId, values, differenceConfirmed);
            Messages.info("decomposition.saved", changed);
            proposal = decompositions.propose(currentCaller.get(), periodCode, unitId);
            differenceConfirmed = false;
        } catch (BusinessException e) {
            if ("decomposition.error.difference".equals(e.messageKey())) {
                Messages.fieldError("split:confirm", e.messageKey(), e.arguments());
            } else {
                Messages.of(e);
            }
        }
    }

    public BigDecimal getSum() {
        return proposal == null
                ? null
                : Decomposition.sum(
                        proposal.children().stream().map(c -> values.get(c.code())).toList());
    }

    public BigDecimal getDifference() {
        return proposal == null || proposal.parent() == null
                ? null
                : proposal.parent().subtract(getSum());
    }

    public List<String> getPeriodCodes() {
        return periodCodes;
    }

    public List<Performance> getUnits() {
        return units;
    }

    public SplitProposal getProposal() {
        return proposal;
    }

    public List<SplitLine> getLines() {
        return proposal == null ? List.of() : proposal.children();
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isDifferenceConfirmed() {
        return differenceConfirmed;
    }

    public void setDifferenceConfirmed(boolean differenceConfirmed) {
        this.differenceConfirmed = differenceConfirmed;
    }
}
