package com.salesperf.review.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.ReviewRole;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may play which part for an org scope: preparers are its managers, scoped HR and
 * administrators; approvers are HR of the scope (or of the whole company). Segregation of duties is
 * then the rules' business: one person may hold both parts but never for the same package.
 */
@ApplicationScoped
public class ReviewAccess {

    @Inject DataScope dataScope;

    /** Refuses (as "not found") a package whose unit is outside the caller's scope. */
    public void requireVisible(Caller caller, long orgUnitId, String what) {
        if (!canSee(caller, orgUnitId)) {
            SecurityLog.accessRefused(caller.username(), what, "-");
            throw new NotFoundException(what);
        }
    }

    public boolean canSee(Caller caller, long orgUnitId) {
        return caller.has(Role.ADMIN)
                || (caller.hasAny(Role.MANAGER, Role.HR)
                        && dataScope.of(caller).canSeeUnit(orgUnitId));
    }

    /** The part the caller may play for the unit when the step needs {@code needed}; else null. */
    public ReviewRole roleFor(Caller caller, long orgUnitId, ReviewRole needed) {
        boolean inScope = dataScope.of(caller).canSeeUnit(orgUnitId);
        boolean allowed =
                switch (needed) {
                    case PREPARER ->
                            caller.has(Role.ADMIN)
                                    || (inScope && caller.hasAny(Role.MANAGER, Role.HR));
                    case APPROVER -> inScope && caller.has(Role.HR);
                    case SUBJECT -> false;
                };
        return allowed ? needed : null;
    }
}
