package com.salesperf.presentation.data;

import com.salesperf.data.boundary.Imports;
import com.salesperf.data.control.FileImport;
import com.salesperf.data.control.ImportBatchRow;
import com.salesperf.data.control.ImportKind;
import com.salesperf.data.control.ImportOutcome;
import com.salesperf.data.control.ImportProblem;
import com.salesperf.data.control.ImportRefusedException;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload page: choose a kind, upload a CSV or XLSX file, see the counts or every error (row,
 * column, reason in the user's language); a template per kind and the import history.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the error table. */
    public record ProblemLine(int row, String column, String reason) implements Serializable {}

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Imports imports;

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private List<String> kinds;
    private String kind;
    private long maxMegabytes;
    private ImportOutcome outcome;
    private List<ProblemLine> problems = List.of();

    private final LazyDataModel<ImportBatchRow> history =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) imports.historyCount(currentCaller.get());
                }

                @Override
                public List<ImportBatchRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return imports.history(
                            currentCaller.get(),
                            new PageRequest(first, pageSize, null, false, null));
                }

                @Override
                public String getRowKey(ImportBatchRow row) {
                    return String.valueOf(row.batchId());
                }
            };

    @PostConstruct
    void load() {
        kinds =
                imports.importableKinds(currentCaller.get()).stream()
                        .map(ImportKind::slug)
                        .toList();
        kind = kinds.isEmpty() ? null : kinds.get(0);
        maxMegabytes = imports.maxBytes() / (1024 * 1024);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        outcome = null;
        problems = List.of();
        try {
            outcome =
                    imports.importFile(
                            currentCaller.get(),
                            kind,
                            file.getFileName(),
                            file.getContent(),
                            FileImport.Source.UPLOAD);
            Messages.info(
                    "imports.success",
                    outcome.rows(),
                    outcome.inserted(),
                    outcome.updated(),
                    String.valueOf(outcome.batchId()));
        } catch (ImportRefusedException e) {
            showRefusal(e);
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    private void showRefusal(ImportRefusedException e) {
        var locale = Texts.currentLocale();
        problems =
                e.problems().stream()
                        .map(p -> new ProblemLine(p.row(), p.column(), p.message(locale)))
                        .toList();
        List<ImportProblem> list = e.problems();
        if (list.size() == 1 && list.get(0).row() == 0) {
            Messages.error(list.get(0).code(), list.get(0).arguments().toArray());
        } else {
            Messages.error("imports.failed", list.size());
        }
    }

    /** The chosen kind's header as a UTF-8 CSV file (with BOM, so Excel shows Chinese text). */
    public StreamedContent getTemplate() {
        String slug = kind;
        byte[] content =
                ("\uFEFF" + ImportKind.bySlug(slug).map(ImportKind::headerLine).orElse("") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(slug + "-template.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** A time of the history in the server's zone, to the second (the audit needs no more). */
    public String formatTime(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    public String getColumns() {
        return ImportKind.bySlug(kind).map(k -> String.join(", ", k.columns())).orElse("");
    }

    public List<String> getKinds() {
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public long getMaxMegabytes() {
        return maxMegabytes;
    }

    public long getMaxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public LazyDataModel<ImportBatchRow> getHistory() {
        return history;
    }
}
