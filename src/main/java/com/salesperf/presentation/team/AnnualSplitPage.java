package com.salesperf.presentation.team;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.targets.boundary.AnnualSplits;
import com.salesperf.targets.control.AnnualProposal;
import com.salesperf.targets.entity.TargetScope;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual split: a rep's, team's or region's annual sales target into quarters by a profile
 * (default even, e.g. 30/20/25/25) and each quarter evenly into months; preview, then save.
 */
@Named
@ViewScoped
public class AnnualSplitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient AnnualSplits splits;
    @Inject transient AnalyticsPeriods periods;

    private String year;
    private String scope = TargetScope.TEAM.name();
    private String code;
    private final List<BigDecimal> profile =
            new ArrayList<>(List.of(quarter(), quarter(), quarter(), quarter()));
    private AnnualProposal proposal;
    private List<String> years = List.of();

    @PostConstruct
    void init() {
        years = periods.codes("YEAR");
        year = years.isEmpty() ? null : years.get(0);
    }

    public void preview() {
        try {
            proposal = splits.propose(currentCaller.get(), yearNumber(), scope(), code, profile);
        } catch (BusinessException e) {
            proposal = null;
            Messages.fieldError("annual:code", e.messageKey(), e.arguments());
        }
    }

    public void save() {
        try {
            int changed = splits.save(currentCaller.get(), yearNumber(), scope(), code, profile);
            Messages.info("decomposition.saved", changed);
            preview();
        } catch (BusinessException e) {
            Messages.fieldError("annual:code", e.messageKey(), e.arguments());
        }
    }

    private int yearNumber() {
        return Integer.parseInt(year);
    }

    private TargetScope scope() {
        return TargetScope.valueOf(scope);
    }

    private static BigDecimal quarter() {
        return BigDecimal.valueOf(25);
    }

    public List<String> getYears() {
        return years;
    }

    public AnnualProposal getProposal() {
        return proposal;
    }

    public List<BigDecimal> getProfile() {
        return profile;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        if (List.of("REP", "TEAM", "REGION").contains(scope)) {
            this.scope = scope;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }
}
