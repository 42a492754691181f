package com.salesperf.presentation.alert;

import com.salesperf.alert.boundary.Alerts;
import com.salesperf.alert.control.AlertRow;
import com.salesperf.alert.control.NoteInput;
import com.salesperf.alert.control.NoteRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The alerts about the signed-in rep, and the 5W1H note on the causes of a gap: what happened, why,
 * where, when, who was involved and how it will be closed. Notes are added, never edited.
 */
@Named
@ViewScoped
public class MyAlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "note";

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Alerts alerts;

    private AlertTable rows;
    private AlertRow selected;
    private List<NoteRow> notes = List.of();
    private String what;
    private String why;
    private String where;
    private String when;
    private String who;
    private String how;

    @PostConstruct
    void init() {
        rows =
                new AlertTable(
                        () -> alerts.countMine(currentCaller.get()),
                        page -> alerts.mine(currentCaller.get(), page));
    }

    public void show(AlertRow row) {
        try {
            selected = alerts.find(currentCaller.get(), row.id());
            notes = alerts.notes(currentCaller.get(), row.id());
            clear();
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void addNote() {
        if (selected == null) {
            return;
        }
        try {
            alerts.addNote(
                    currentCaller.get(),
                    selected.id(),
                    new NoteInput(what, why, where, when, who, how));
            Messages.info("alerts.note.added");
            notes = alerts.notes(currentCaller.get(), selected.id());
            clear();
        } catch (BusinessException e) {
            AlertTexts.show(FORM, e);
        }
    }

    private void clear() {
        what = null;
        why = null;
        where = null;
        when = null;
        who = null;
        how = null;
    }

    public String time(java.time.Instant instant) {
        return AlertTexts.time(instant);
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

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }
}
