package com.salesperf.presentation.evaluation;

import com.salesperf.evaluation.boundary.RunResults;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One rep's result explained number by number, from the stored canonical JSON. */
@Named
@ViewScoped
public class ResultPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Runs runs;

    @Inject transient RunResults results;

    private Long runId;
    private String employee;
    private EvaluationRun run;
    // Not kept when the view is serialised: read again from the database.
    private transient EvaluationResult result;
    private transient ResultExplanation explanation;

    @PostConstruct
    void open() {
        runId = RequestParameters.id("run");
        employee = RequestParameters.text("employee");
        load();
    }

    /** Loads the run (and result) named by the request parameters. */
    public void load() {
        if (runId == null || employee == null) {
            return;
        }
        try {
            run = runs.run(currentCaller.get(), runId);
            result = results.result(currentCaller.get(), runId, employee);
            explanation = ResultExplanation.parse(result.getResultJson());
        } catch (BusinessException e) {
            result = null;
            Messages.of(e);
        }
    }

    /** A figure of the result by its JSON path, e.g. {@code incentive.bonus}. */
    public String value(String path) {
        reloadIfNeeded();
        return explanation == null ? "" : explanation.get(path);
    }

    public List<Map.Entry<String, String>> getMeasures() {
        reloadIfNeeded();
        return explanation == null ? List.of() : new ArrayList<>(explanation.measures().entrySet());
    }

    public EvaluationRun getRun() {
        return run;
    }

    public EvaluationResult getResult() {
        reloadIfNeeded();
        return result;
    }

    public ResultExplanation getExplanation() {
        reloadIfNeeded();
        return explanation;
    }

    private void reloadIfNeeded() {
        if (result == null && run != null) {
            load();
        }
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }
}
