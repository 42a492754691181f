package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** The people directory: paged, sorted and filtered in the database, cut to the caller's scope. */
@Named
@ViewScoped
public class PeoplePage implements PeopleTable.Source {

    private static final long serialVersionUID = 1L;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Directory directory;

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
