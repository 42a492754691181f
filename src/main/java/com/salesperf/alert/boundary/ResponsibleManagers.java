package com.salesperf.alert.boundary;

import com.salesperf.organization.control.OrgTree;
import com.salesperf.organization.control.Organization;
import com.salesperf.organization.entity.Position;
import com.salesperf.organization.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who answers for an org unit: the enabled MANAGER accounts whose scope is the unit or who are the
 * sales manager sitting in it; a unit without one escalates to its parent (a team without a manager
 * account is the region manager's), up to the company.
 */
@ApplicationScoped
public class ResponsibleManagers {

    private static final int MAX_DEPTH = 64;

    @PersistenceContext EntityManager em;

    @Inject Organization organization;

    public List<String> of(Long orgUnitId) {
        OrgTree tree = organization.tree();
        Long unit = orgUnitId;
        for (int depth = 0; unit != null && depth < MAX_DEPTH; depth++) {
            List<String> managers = managersOf(unit);
            if (!managers.isEmpty()) {
                return managers;
            }
            unit = tree.find(unit).map(OrgTree.Node::parentId).orElse(null);
        }
        return List.of();
    }

    private List<String> managersOf(long unitId) {
        return em.createQuery(
                        "SELECT DISTINCT u.username FROM PortalUser u JOIN u.roles r"
                                + " LEFT JOIN u.scopeOrgUnit s LEFT JOIN u.employee e"
                                + " LEFT JOIN e.orgUnit eu"
                                + " WHERE r = :role AND u.enabled = TRUE AND (s.id = :unit"
                                + " OR (eu.id = :unit AND e.position = :position))"
                                + " ORDER BY u.username",
                        String.class)
                .setParameter("role", Role.MANAGER)
                .setParameter("unit", unitId)
                .setParameter("position", Position.SALES_MANAGER)
                .getResultList();
    }
}
