package com.salesperf.presentation.alert;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The alerts of the manager's scope (HR and administrators: all), newest first, with the reps'
 * cause notes of the alert opened. A notification links here with ?alert=id.
 */
@Named
@ViewScoped
public class TeamAlertsPage extends AlertsView {

    private static final long serialVersionUID = 1L;

    @PostConstruct
    void init() {
        setUp();
    }

    @Override
    protected AlertTable table() {
        return new AlertTable(
                () -> alerts.count(currentCaller.get()),
                page -> alerts.page(currentCaller.get(), page));
    }
}
