package com.salesperf.presentation.evaluation;

import com.salesperf.evaluation.boundary.RunDefinitions;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Evaluation runs: an administrator starts one for a period and scheme and watches its progress
 * (the table polls while anything runs); everyone allowed sees the history and opens results.
 */
@Named
@ViewScoped
public class RunsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Runs runs;

    @Inject transient RunDefinitions definitions;

    private String period;
    private String scheme = "Q-DEFAULT";
    private boolean preview;

    private final LazyDataModel<EvaluationRun> history =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) runs.historySize(currentCaller.get());
                }

                @Override
                public List<EvaluationRun> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return runs.history(currentCaller.get(), first, pageSize);
                }

                @Override
                public String getRowKey(EvaluationRun run) {
                    return String.valueOf(run.getId());
                }
            };

    public void start() {
        try {
            EvaluationRun run = runs.start(currentCaller.get(), period, scheme, preview);
            Messages.info("runs.started", run.getId(), run.getPeriodCode());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void restart(EvaluationRun run) {
        try {
            runs.restart(currentCaller.get(), run.getId());
            Messages.info("runs.restarted", run.getId());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** Whether anything is still working: the page polls only then. */
    public boolean isActive() {
        return runs.history(currentCaller.get(), 0, 20).stream()
                .anyMatch(run -> !run.getStatus().terminal());
    }

    public boolean isAdmin() {
        return currentCaller.get().has(Role.ADMIN);
    }

    public List<String> getSchemes() {
        return definitions.schemeCodes(currentCaller.get());
    }

    public boolean running(EvaluationRun run) {
        return !run.getStatus().terminal();
    }

    public boolean hasResults(EvaluationRun run) {
        return run.getStatus() == RunStatus.COMPLETED || run.getStatus() == RunStatus.SUPERSEDED;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String duration(EvaluationRun run) {
        Duration elapsed = run.elapsed(Instant.now());
        return String.format("%d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart());
    }

    /** Reps per second over both chunked steps (each rep is scored, then written). */
    public String rate(EvaluationRun run) {
        double seconds = Math.max(0.001, run.elapsed(Instant.now()).toMillis() / 1000.0);
        double reps = (run.getScoredItems() + run.getWrittenItems()) / 2.0;
        return String.format("%.0f", reps / seconds);
    }

    /** Seconds left at the current rate, or empty when unknown. */
    public String eta(EvaluationRun run) {
        if (run.getStatus().terminal() || run.getTotalItems() == 0) {
            return "";
        }
        double seconds = Math.max(0.001, run.elapsed(Instant.now()).toMillis() / 1000.0);
        double done = (run.getScoredItems() + run.getWrittenItems()) / 2.0;
        if (done <= 0) {
            return "";
        }
        double left = (run.getTotalItems() - done) / (done / seconds);
        return String.format("%.0f s", left);
    }

    public String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length())) + "…";
    }

    public LazyDataModel<EvaluationRun> getHistory() {
        return history;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public boolean isPreview() {
        return preview;
    }

    public void setPreview(boolean preview) {
        this.preview = preview;
    }
}
