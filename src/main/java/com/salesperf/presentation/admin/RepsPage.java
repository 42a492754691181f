package com.salesperf.presentation.admin;

import com.salesperf.organization.boundary.OrgAdministration;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.presentation.shell.PeopleDirectoryView;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The people of the organisation with their current team; a dated move to another team adds a new
 * assignment, so past periods keep the team the person had then.
 */
@Named
@ViewScoped
public class RepsPage extends PeopleDirectoryView {

    private static final long serialVersionUID = 1L;

    @Inject transient OrgAdministration org;

    private EmployeeRow moved;
    private Long teamId;
    private LocalDate effective;
    private String reason;
    private List<SelectItem> teams;

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

    public EmployeeRow getMoved() {
        return moved;
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
