package com.salesperf.presentation.alert;

import com.salesperf.alert.boundary.Alerts;
import com.salesperf.alert.control.AlertRow;
import com.salesperf.alert.control.NoteRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the alert pages share: a lazy table of the alerts the page shows, and the alert opened from
 * it (or from a notification's ?alert=id link) with its cause notes. Each page says which alerts
 * its table holds; the boundary checks that the caller may see the one opened.
 */
public abstract class AlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Alerts alerts;

    private AlertTable rows;
    private AlertRow selected;
    private List<NoteRow> notes = List.of();

    /** The table of this page's alerts; called once, when the page is set up. */
    protected abstract AlertTable table();

    /** Sets up the table and opens the alert the request names, if any. */
    protected void setUp() {
        rows = table();
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
            opened();
        } catch (BusinessException e) {
            selected = null;
            notes = List.of();
            Messages.of(e);
        }
    }

    /** After an alert was opened: a page with a form for it starts the form afresh. */
    protected void opened() {}

    /** Reads the opened alert's notes again (after one was added). */
    protected void reloadNotes() {
        notes = alerts.notes(currentCaller.get(), selected.id());
    }

    public String time(Instant instant) {
        return AlertTexts.time(instant);
    }

    public String plain(BigDecimal value) {
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
