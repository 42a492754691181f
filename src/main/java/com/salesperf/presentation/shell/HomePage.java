package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.boundary.ScopeSummary;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.boundary.Targets;
import com.salesperf.targets.control.TargetRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The home page: the signed-in person's profile and targets, and the head counts of their scope.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TARGETS_SHOWN = 12;

    @Inject transient CurrentCaller currentCaller;

    @Inject transient Directory directory;

    @Inject transient Targets targets;

    private EmployeeRow me;
    private List<TargetRow> myTargets = List.of();
    private ScopeSummary summary;

    @PostConstruct
    void load() {
        Caller caller = currentCaller.get();
        if (caller.employeeId() != null) {
            me = directory.profile(caller, caller.employeeId());
            myTargets = targets.ofEmployee(caller, caller.employeeId(), TARGETS_SHOWN);
        }
        summary = directory.summary(caller);
    }

    public EmployeeRow getMe() {
        return me;
    }

    public List<TargetRow> getMyTargets() {
        return myTargets;
    }

    public ScopeSummary getSummary() {
        return summary;
    }
}
