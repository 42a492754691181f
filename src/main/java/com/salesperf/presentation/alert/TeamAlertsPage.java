package com.salesperf.presentation.alert;

import com.salesperf.alert.boundary.Alerts;
import com.salesperf.alert.control.AlertRow;
import com.salesperf.alert.control.NoteRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The alerts of the manager's scope (HR and administrators: all), newest first, with the reps'
 * cause notes of the alert opened. A notification links here with ?alert=id.
 */
@Named
@ViewScoped
public class TeamAlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Alerts alerts;

    private AlertTable rows;
    private AlertRow selected;
    private List<NoteRow> notes = List.of();

    @PostConstruct
    void init() {
        rows =
                new AlertTable(
                        () -> alerts.count(currentCaller.get()),
                        page -> alerts.page(currentCaller.get(), page));
        String requested =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("alert");
        if (requested != null && requested.matches("\\d{1,18}")) {
            open(Long.parseLong(requested));
        }
    }

    public void show(AlertRow row) {
        open(row.id());
    }

    private void open(long alertId) {
        try {
            selected = alerts.find(currentCaller.get(), alertId);
            notes = alerts.notes(currentCaller.get(), alertId);
        } catch (BusinessException e) {
            selected = null;
            notes = List.of();
            Messages.of(e);
        }
    }

    public String time(java.time.Instant when) {
        return AlertTexts.time(when);
    }

    public String plain(java.math.BigDecimal value) {
        return AlertTexts.plain(value);
    }

    public AlertTable getRows() {
        return rows;
    }

    public AlertRow getSelected() {
        return selected;
    }

    public List<NoteRow> getNotes() {
        return notes;
    }
}
