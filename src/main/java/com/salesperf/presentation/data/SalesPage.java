package com.salesperf.presentation.data;

import com.salesperf.data.boundary.SalesLedger;
import com.salesperf.data.control.SaleFilter;
import com.salesperf.data.control.SaleRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The imported sales with the outlier exclusion: filters (rep, customer, dates, minimum amount,
 * state) and sorting run in the database; administrators exclude a sale with a reason or count it
 * again.
 */
@Named
@ViewScoped
public class SalesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient SalesLedger ledger;

    private String employeeNo;
    private String customerId;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal minAmount;
    private String state = "";
    private SaleRow selected;
    private String reason;

    private final LazyDataModel<SaleRow> sales =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) ledger.count(currentCaller.get(), filter());
                }

                @Override
                public List<SaleRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    SortMeta order = sort.values().stream().findFirst().orElse(null);
                    PageRequest page =
                            new PageRequest(
                                    first,
                                    pageSize,
                                    order == null ? null : order.getField(),
                                    order != null && order.getOrder() == SortOrder.ASCENDING,
                                    null);
                    return ledger.page(currentCaller.get(), filter(), page);
                }

                @Override
                public String getRowKey(SaleRow row) {
                    return String.valueOf(row.id());
                }
            };

    private SaleFilter filter() {
        Boolean excluded = state == null || state.isEmpty() ? null : Boolean.valueOf(state);
        return new SaleFilter(employeeNo, customerId, from, to, minAmount, excluded);
    }

    public void select(SaleRow row) {
        selected = row;
        reason = null;
    }

    public void exclude() {
        try {
            ledger.exclude(currentCaller.get(), selected.id(), reason);
            Messages.info("sales.excludedMessage", selected.orderId());
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("excluded", true);
        } catch (BusinessException e) {
            Messages.fieldError("exclusion:reason", e.messageKey(), e.arguments());
        }
    }

    public void include(SaleRow row) {
        try {
            ledger.include(currentCaller.get(), row.id(), null);
            Messages.info("sales.includedMessage", row.orderId());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public boolean isAdmin() {
        return currentCaller.get().has(Role.ADMIN);
    }

    public LazyDataModel<SaleRow> getSales() {
        return sales;
    }

    public SaleRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
