package com.salesperf.presentation.self;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.data.boundary.SelfAssessments;
import com.salesperf.data.control.FieldProblem;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "My self-assessment": the rep scores themself 0–10 on each dimension for a quarter. */
@Named
@ViewScoped
public class MyAssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient SelfAssessments assessments;
    @Inject transient AnalyticsPeriods periods;

    private String quarter;
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private List<String> quarters = List.of();

    @PostConstruct
    void init() {
        quarter = periods.defaultQuarter(LocalDate.now());
        quarters = periods.codes("QUARTER");
        load();
    }

    public void load() {
        scores.clear();
        if (quarter != null) {
            scores.putAll(assessments.mine(currentCaller.get(), quarter));
        }
    }

    public void submit() {
        try {
            assessments.submit(currentCaller.get(), quarter, scores);
            Messages.info("assessment.saved", quarter);
        } catch (FieldProblem e) {
            Messages.fieldError("assessment:" + e.field(), e.messageKey(), e.arguments());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public List<String> getDimensions() {
        return SelfAssessments.DIMENSIONS;
    }

    public List<String> getQuarters() {
        return quarters;
    }

    public Map<String, BigDecimal> getScores() {
        return scores;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
