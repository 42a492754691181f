package com.salesperf.presentation.admin;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The people of the organisation with their current team; a dated move to another team adds a new
 * assignment, so past periods keep the team the person had then.
 */
@Named
@ViewScoped
public class RepsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Directory directory;

    @Inject transient OrgAdministration org;

    private String search;
    private EmployeeRow moved;
    private Long teamId;
    private LocalDate effective;
    private String reason;
    private List<SelectItem> teams;

    private final LazyDataModel<EmployeeRow> people =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) directory.count(currentCaller.get(), request(0, 1, Map.of()));
                }

                @Override
                public List<EmployeeRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return directory.page(currentCaller.get(), request(first, pageSize, sort));
                }

                @Override
                public String getRowKey(EmployeeRow row) {
                    return String.valueOf(row.id());
                }
            };

    private PageRequest request(int first, int size, Map<String, SortMeta> sort) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        String field = order == null ? null : order.getField();
        boolean ascending = order == null || order.getOrder() != SortOrder.DESCENDING;
        return new PageRequest(first, size, field, ascending, search);
    }

    public void startMove(EmployeeRow row) {
        moved = row;
        teamId = null;
        effective = LocalDate.now();
        reason = null;
    }

    public void move() {
        try {
            org.move(
                    currentCaller.get(),
                    moved.id(),
                    teamId == null ? -1 : teamId,
                    effective,
                    reason);
            Messages.info("reps.moved", moved.name(), effective);
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
        } catch (BusinessException e) {
            FieldMessages.show("move", e);
        }
    }

    public List<SelectItem> getTeams() {
        if (teams == null) {
            teams =
                    UnitChoices.of(
                            org.units(currentCaller.get()),
                            OrgUnitKind.TEAM,
                            Texts.currentLocale());
        }
        return teams;
    }

    public LazyDataModel<EmployeeRow> getPeople() {
        return people;
    }

    public EmployeeRow getMoved() {
        return moved;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
