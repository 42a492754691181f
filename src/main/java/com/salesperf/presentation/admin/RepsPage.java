package com.salesperf.presentation.admin;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.PeopleTable;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The people of the organisation with their current team; a dated move to another team adds a new
 * assignment, so past periods keep the team the person had then.
 */
@Named
@ViewScoped
public class RepsPage implements PeopleTable.Source {

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

    private final PeopleTable people = new PeopleTable(this);

    @Override
    public Directory directory() {
        return directory;
    }

    @Override
    public Caller caller() {
        return currentCaller.get();
    }

    @Override
    public String search() {
        return search;
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
