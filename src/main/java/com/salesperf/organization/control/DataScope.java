package com.salesperf.organization.control;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data-scope rules of SPEC §12 in one place: a rep sees only their own records, a manager the
 * org subtree they manage, scoped HR their subtree, everybody else in the back office the whole
 * company. Every boundary that reads or changes a person's data asks here first.
 */
@ApplicationScoped
public class DataScope {

    @PersistenceContext EntityManager em;

    @Inject Organization organization;

    public Visibility of(Caller caller) {
        if (caller.seesWholeCompany()) {
            return Visibility.all();
        }
        Set<Long> units = new HashSet<>();
        if (caller.scopeOrgUnitId() != null && caller.hasAny(Role.MANAGER, Role.HR)) {
            units.addAll(organization.tree().subtree(caller.scopeOrgUnitId()));
        }
        return new Visibility(false, units, caller.employeeId());
    }

    /**
     * Refuses access to a person outside the caller's scope. Unknown ids and forbidden ids give the
     * same answer, so probing ids reveals nothing; the refusal is logged.
     */
    public void requireEmployee(Caller caller, long employeeId) {
        Visibility visibility = of(caller);
        if (visibility.everything() || Long.valueOf(employeeId).equals(caller.employeeId())) {
            return;
        }
        List<Long> unit =
                em.createQuery("SELECT e.orgUnit.id FROM Employee e WHERE e.id = :id", Long.class)
                        .setParameter("id", employeeId)
                        .getResultList();
        if (unit.isEmpty() || !visibility.canSee(employeeId, unit.get(0))) {
            SecurityLog.accessRefused(caller.username(), "employee#" + employeeId, "-");
            throw new NotFoundException("employee " + employeeId);
        }
    }

    /** Refuses access to an org unit outside the caller's scope. */
    public void requireUnit(Caller caller, long orgUnitId) {
        if (!of(caller).canSeeUnit(orgUnitId)) {
            SecurityLog.accessRefused(caller.username(), "org-unit#" + orgUnitId, "-");
            throw new AccessDeniedException("org unit " + orgUnitId);
        }
    }
}
