package com.salesperf.presentation.team;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.analytics.boundary.SalesAnalytics;
import com.salesperf.analytics.boundary.TeamColumns;
import com.salesperf.analytics.boundary.TeamPerformance;
import com.salesperf.analytics.boundary.TeamRow;
import com.salesperf.analytics.control.Level;
import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.TeamQuery;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.SpreadsheetCells;
import com.salesperf.presentation.shell.PdfDownload;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.Visibility;

/**
 * The manager's team table of target vs actual for a period: paging, sorting and the filters run in
 * the database; columns can be hidden; the table exports to xlsx and csv with formula-like text
 * neutralised, and to PDF for printing, each with the shown columns only.
 */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient TeamPerformance team;
    @Inject transient SalesAnalytics sales;
    @Inject transient AnalyticsPeriods periods;

    private String periodCode;
    private String text;
    private Long teamId;
    private List<Performance> teams = List.of();
    private List<String> periodCodes = List.of();

    /** The sort the table last loaded with, so the PDF lists the rows in the same order. */
    private String sortField;

    private boolean ascending = true;

    /**
     * The columns shown, as the column toggler reported them. The xlsx and csv exporters read the
     * toggler's state from the table; the PDF is built here, so the view keeps its own copy.
     */
    private TeamColumns columns = TeamColumns.all();

    private final LazyDataModel<TeamRow> rows =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) team.count(currentCaller.get(), query(0, 1, null, true));
                }

                @Override
                public List<TeamRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    SortMeta order = sort.values().stream().findFirst().orElse(null);
                    sortField = order == null ? null : order.getField();
                    ascending = order == null || order.getOrder() != SortOrder.DESCENDING;
                    return team.page(
                            currentCaller.get(), query(first, pageSize, sortField, ascending));
                }

                @Override
                public String getRowKey(TeamRow row) {
                    return String.valueOf(row.figures().id());
                }
            };

    @PostConstruct
    void init() {
        periodCode = periods.defaultQuarter(LocalDate.now());
        periodCodes = periods.codes("QUARTER");
        loadTeams();
    }

    /** The team filter offers the teams of the caller's scope that have figures in the period. */
    public void loadTeams() {
        try {
            teams = sales.byLevel(currentCaller.get(), periodCode, Level.TEAM, null);
            if (teamId != null && teams.stream().noneMatch(t -> t.id() == teamId)) {
                teamId = null;
            }
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    private TeamQuery query(int first, int size, String sortField, boolean ascending) {
        return new TeamQuery(periodCode, text, teamId, first, size, sortField, ascending);
    }

    /** Text for an export cell: never starts like a spreadsheet formula. */
    public String cell(String value) {
        return SpreadsheetCells.text(value);
    }

    /** The column toggler showed or hid a column; a position the table lacks is ignored. */
    public void toggleColumn(ToggleEvent event) {
        if (event.getData() instanceof Integer index) {
            columns = columns.with(index, event.getVisibility() == Visibility.VISIBLE);
        }
    }

    /** The table as PDF: same filters, sort and shown columns as on the screen, all pages. */
    public StreamedContent getPdf() {
        try {
            byte[] pdf =
                    team.pdf(
                            currentCaller.get(),
                            query(0, TeamPerformance.PDF_ROWS, sortField, ascending),
                            columns.visible(),
                            Texts.currentLocale());
            return PdfDownload.of(pdf, getExportName() + ".pdf");
        } catch (BusinessException e) {
            Messages.of(e);
            return null;
        }
    }

    public LazyDataModel<TeamRow> getRows() {
        return rows;
    }

    public List<String> getPeriodCodes() {
        return periodCodes;
    }

    public List<Performance> getTeams() {
        return teams;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getExportName() {
        return "team-" + periodCode;
    }
}
