package com.salesperf.presentation.review;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.boundary.Reviews;
import com.salesperf.review.control.PackageSummary;
import com.salesperf.review.control.RunFacts;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The review packages of the caller's scope, and opening a new one for a completed run and an org
 * unit (team, region or company).
 */
@Named
@ViewScoped
public class PackagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Reviews reviews;

    private List<PackageSummary> packages;
    private List<RunFacts> runs;
    private Long runId;
    private String unitCode;

    @PostConstruct
    void load() {
        packages = reviews.list(currentCaller.get(), 200);
        try {
            runs = reviews.runs(currentCaller.get());
        } catch (BusinessException e) {
            runs = List.of();
        }
        runId = runs.isEmpty() ? null : runs.get(0).runId();
    }

    public String open() {
        if (runId == null) {
            Messages.error("review.noRuns");
            return null;
        }
        try {
            PackageSummary opened = reviews.open(currentCaller.get(), runId, unitCode);
            return "/review/package.xhtml?faces-redirect=true&id=" + opened.id();
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public List<PackageSummary> getPackages() {
        return packages;
    }

    public List<RunFacts> getRuns() {
        return runs;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
