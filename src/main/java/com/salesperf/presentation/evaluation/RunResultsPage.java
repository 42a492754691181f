package com.salesperf.presentation.evaluation;

import com.salesperf.evaluation.boundary.RunResults;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.scheme.control.Population;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * One run's results: filtered, sorted and paged in the database; exported as CSV or xlsx with every
 * text cell neutralised against formula injection.
 */
@Named
@ViewScoped
public class RunResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Runs runs;

    @Inject transient RunResults results;

    private Long runId;
    private EvaluationRun run;
    private Population population;
    private String employee;
    private String region;
    private String grade;
    private String tier;

    private final LazyDataModel<EvaluationResult> table =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return runId == null
                            ? 0
                            : (int) results.count(currentCaller.get(), runId, filter());
                }

                @Override
                public List<EvaluationResult> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    if (runId == null) {
                        return List.of();
                    }
                    SortMeta order = sort.values().stream().findFirst().orElse(null);
                    return results.page(
                            currentCaller.get(),
                            runId,
                            filter(),
                            order == null ? "seq" : order.getField(),
                            order == null || order.getOrder() != SortOrder.DESCENDING,
                            first,
                            pageSize);
                }

                @Override
                public String getRowKey(EvaluationResult result) {
                    return result.getEmployeeNo();
                }
            };

    @PostConstruct
    void open() {
        runId = RequestParameters.id("run");
        load();
    }

    /** Loads the run (and result) named by the request parameters. */
    public void load() {
        try {
            run = runId == null ? null : runs.run(currentCaller.get(), runId);
            population = run == null ? null : runs.population(currentCaller.get(), runId);
        } catch (BusinessException e) {
            runId = null;
            Messages.of(e);
        }
    }

    private RunResults.Filter filter() {
        return new RunResults.Filter(employee, region, grade, tier);
    }

    public StreamedContent getCsv() {
        byte[] content = ResultExport.csv(all());
        return DefaultStreamedContent.builder()
                .name("run-" + runId + "-results.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public StreamedContent getXlsx() {
        byte[] content = ResultExport.xlsx(all());
        return DefaultStreamedContent.builder()
                .name("run-" + runId + "-results.xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    private List<EvaluationResult> all() {
        if (runId == null) {
            return List.of();
        }
        int size = (int) results.count(currentCaller.get(), runId, filter());
        return results.page(currentCaller.get(), runId, filter(), "seq", true, 0, size);
    }

    public LazyDataModel<EvaluationResult> getTable() {
        return table;
    }

    public EvaluationRun getRun() {
        return run;
    }

    /** Who the run evaluated: its scheme version's population rule. */
    public Population getPopulation() {
        return population;
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

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }
}
