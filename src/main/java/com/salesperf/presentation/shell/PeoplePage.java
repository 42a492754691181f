package com.salesperf.presentation.shell;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The people directory: paged, sorted and filtered in the database, cut to the caller's scope. */
@Named
@ViewScoped
public class PeoplePage extends PeopleDirectoryView {

    private static final long serialVersionUID = 1L;
}
