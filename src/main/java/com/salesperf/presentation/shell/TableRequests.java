package com.salesperf.presentation.shell;

import com.salesperf.organization.control.PageRequest;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Turns what a PrimeFaces lazy table asks for (offset, size, the column sorted on) into the page
 * request the boundaries understand. Tables sort on one column at a time; unsorted means the
 * query's default order, ascending.
 */
public final class TableRequests {

    private TableRequests() {}

    public static PageRequest of(int first, int size, Map<String, SortMeta> sort, String search) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        String field = order == null ? null : order.getField();
        boolean ascending = order == null || order.getOrder() != SortOrder.DESCENDING;
        return new PageRequest(first, size, field, ascending, search);
    }
}
