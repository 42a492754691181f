package com.salesperf.presentation.alert;

import com.salesperf.alert.control.AlertRow;
import com.salesperf.organization.control.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Alerts paged and sorted in the database, through whichever boundary call the page names. */
final class AlertTable extends LazyDataModel<AlertRow> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Long> counter;
    private final transient Function<PageRequest, List<AlertRow>> loader;

    AlertTable(Supplier<Long> counter, Function<PageRequest, List<AlertRow>> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return counter.get().intValue();
    }

    @Override
    public List<AlertRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        return loader.apply(
                new PageRequest(
                        first,
                        pageSize,
                        order == null ? null : order.getField(),
                        order != null && order.getOrder() == SortOrder.ASCENDING,
                        null));
    }

    @Override
    public String getRowKey(AlertRow row) {
        return String.valueOf(row.id());
    }
}
