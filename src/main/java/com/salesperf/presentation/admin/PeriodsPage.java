package com.salesperf.presentation.admin;

import com.salesperf.organization.control.PageRequest;
import com.salesperf.period.boundary.PeriodAdministration;
import com.salesperf.period.control.PeriodRow;
import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Evaluation periods: open a new one by code, end data entry of one that is over. */
@Named
@ViewScoped
public class PeriodsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient PeriodAdministration periods;

    private String code;

    private final LazyDataModel<PeriodRow> rows =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) periods.count(currentCaller.get());
                }

                @Override
                public List<PeriodRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    SortMeta order = sort.values().stream().findFirst().orElse(null);
                    return periods.page(
                            currentCaller.get(),
                            new PageRequest(
                                    first,
                                    pageSize,
                                    order == null ? null : order.getField(),
                                    order != null && order.getOrder() != SortOrder.DESCENDING,
                                    null));
                }

                @Override
                public String getRowKey(PeriodRow row) {
                    return String.valueOf(row.id());
                }
            };

    public void open() {
        try {
            periods.open(currentCaller.get(), code);
            Messages.info("periods.opened", code.strip().toUpperCase(java.util.Locale.ROOT));
            code = null;
        } catch (BusinessException e) {
            FieldMessages.show("periods", e);
        }
    }

    public void endDataEntry(PeriodRow row) {
        try {
            periods.endDataEntry(currentCaller.get(), row.id(), row.version());
            Messages.info("periods.dataEntryEnded", row.code());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    /** Only open periods whose last day has passed can end data entry. */
    public boolean canEndDataEntry(PeriodRow row) {
        return row.status() == PeriodStatus.OPEN && LocalDate.now().isAfter(row.endDate());
    }

    public LazyDataModel<PeriodRow> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String date(java.time.LocalDate date) {
        return com.salesperf.presentation.shell.PortalTimes.date(
                date, com.salesperf.platform.boundary.Texts.currentLocale());
    }

    public String weekday(java.time.LocalDate date) {
        return com.salesperf.presentation.shell.PortalTimes.weekday(
                date, com.salesperf.platform.boundary.Texts.currentLocale());
    }
}
