package com.salesperf.targets.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.control.TargetRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Targets as their owners and managers read them; always within the caller's data scope. */
@Stateless
public class Targets {

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    /** The rep's targets, newest period first, at most {@code limit} of them. */
    public List<TargetRow> ofEmployee(Caller caller, long employeeId, int limit) {
        dataScope.requireEmployee(caller, employeeId);
        return em.createQuery(
                        "SELECT NEW com.salesperf.targets.control.TargetRow(t.id, p.code, p.type, t.scope, t.scopeCode, "
                                + "t.measure, t.value, t.acknowledgedAt) FROM Target t JOIN t.period p "
                                + "WHERE t.employee.id = :employeeId ORDER BY p.endDate DESC, p.type, t.measure",
                        TargetRow.class)
                .setParameter("employeeId", employeeId)
                .setMaxResults(limit)
                .getResultList();
    }
}
