package com.salesperf.presentation.alert;

import com.salesperf.alert.control.NoteInput;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The alerts about the signed-in rep, and the 5W1H note on the causes of a gap: what happened, why,
 * where, when, who was involved and how it will be closed. Notes are added, never edited. A link
 * with ?alert=id opens that alert.
 */
@Named
@ViewScoped
public class MyAlertsPage extends AlertsView {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "note";

    private String what;
    private String why;
    private String where;
    private String when;
    private String who;
    private String how;

    @PostConstruct
    void init() {
        setUp();
    }

    @Override
    protected AlertTable table() {
        return new AlertTable(
                () -> alerts.countMine(currentCaller.get()),
                page -> alerts.mine(currentCaller.get(), page));
    }

    @Override
    protected void opened() {
        clear();
    }

    public void addNote() {
        if (getSelected() == null) {
            return;
        }
        try {
            alerts.addNote(
                    currentCaller.get(),
                    getSelected().id(),
                    new NoteInput(what, why, where, when, who, how));
            Messages.info("alerts.note.added");
            reloadNotes();
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
