package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.inject.Inject;
import org.primefaces.model.LazyDataModel;

/**
 * A page with the people directory's table and its search box: paged, sorted and filtered in the
 * database, cut to the caller's scope.
 */
public abstract class PeopleDirectoryView implements PeopleTable.Source {

    private static final long serialVersionUID = 1L;

    @Inject protected transient CurrentCaller currentCaller;

    @Inject protected transient Directory directory;

    private String search;

    private final PeopleTable people = new PeopleTable(this);

    @Override
    public Directory directory() {
        return directory;
    }

    @Override
    public Caller caller() {
        return currentCaller.get();
    }

    @Override
    public String search() {
        return search;
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
