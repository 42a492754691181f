package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The people directory: paged, sorted and filtered in the database, cut to the caller's scope. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Directory directory;

    private String search;

    private final LazyDataModel<EmployeeRow> people =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) directory.count(currentCaller.get(), request(0, 1, Map.of()));
                }

                @Override
                public List<EmployeeRow> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return directory.page(currentCaller.get(), request(first, pageSize, sort));
                }

                @Override
                public String getRowKey(EmployeeRow row) {
                    return String.valueOf(row.id());
                }
            };

    private PageRequest request(int first, int size, Map<String, SortMeta> sort) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        String field = order == null ? null : order.getField();
        boolean ascending = order == null || order.getOrder() != SortOrder.DESCENDING;
        return new PageRequest(first, size, field, ascending, search);
    }

    public LazyDataModel<EmployeeRow> getPeople() {
        return people;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
