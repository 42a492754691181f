package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.security.control.Caller;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The people directory as a lazy, sortable table: one page at a time of the people the caller may
 * see (the directory applies the caller's scope) whose name or number matches the page's search.
 */
public final class PeopleTable extends LazyDataModel<EmployeeRow> {

    private static final long serialVersionUID = 1L;

    /** What the table asks its page for at every load; the page keeps the search box's text. */
    public interface Source extends Serializable {
        Directory directory();

        Caller caller();

        String search();
    }

    private final Source source;

    public PeopleTable(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int)
                source.directory()
                        .count(source.caller(), TableRequests.of(0, 1, Map.of(), source.search()));
    }

    @Override
    public List<EmployeeRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return source.directory()
                .page(source.caller(), TableRequests.of(first, pageSize, sort, source.search()));
    }

    @Override
    public String getRowKey(EmployeeRow row) {
        return String.valueOf(row.id());
    }
}
