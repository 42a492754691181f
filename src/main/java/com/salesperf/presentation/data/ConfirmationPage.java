package com.salesperf.presentation.data;

import com.salesperf.data.boundary.Confirmations;
import com.salesperf.data.control.ConfirmationStatus;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * Finance confirms a period's sales and collections totals; a warning shows when data changed
 * since.
 */
@Named
@ViewScoped
public class ConfirmationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Confirmations confirmations;

    private List<String> periods;
    private String period;
    private ConfirmationStatus status;

    @PostConstruct
    void load() {
        periods = confirmations.periodCodes(currentCaller.get());
        period = periods.isEmpty() ? null : periods.get(0);
        show();
    }

    public void show() {
        try {
            status = period == null ? null : confirmations.status(currentCaller.get(), period);
        } catch (BusinessException e) {
            status = null;
            Messages.of(e);
        }
    }

    public void confirm() {
        try {
            status = confirmations.confirm(currentCaller.get(), period);
            Messages.info("confirmation.done", period);
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public boolean isFinance() {
        return currentCaller.get().has(Role.FINANCE);
    }

    /** The confirmation time as a Date for the date-time converter. */
    public Date getConfirmedAt() {
        return status == null || status.confirmedAt() == null
                ? null
                : Date.from(status.confirmedAt());
    }

    public List<String> getPeriods() {
        return periods;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public ConfirmationStatus getStatus() {
        return status;
    }
}
