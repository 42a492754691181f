package com.salesperf.organization.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.control.Visibility;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people directory, always cut to the caller's data scope inside the query itself, so no page
 * or API call can list or open a person it may not see.
 */
@Stateless
public class Directory {

    private static final String SELECT_ROW =
            "SELECT NEW com.salesperf.organization.control.EmployeeRow("
                    + "e.id, e.employeeNo, e.name, e.position, e.level, u.code, u.nameZh, u.nameEn, m.name, e.hireDate, e.active) "
                    + "FROM Employee e JOIN e.orgUnit u LEFT JOIN e.manager m ";
    private static final String SCOPE = "(u.id IN :units OR e.id = :own)";
    private static final String FILTER =
            "(LOWER(e.name) LIKE :pattern ESCAPE '\\' "
                    + "OR LOWER(e.employeeNo) LIKE :pattern ESCAPE '\\' OR LOWER(u.code) LIKE :pattern ESCAPE '\\')";
    private static final Map<String, String> SORTABLE =
            Map.of(
                    "employeeNo",
                    "e.employeeNo",
                    "name",
                    "e.name",
                    "unitCode",
                    "u.code",
                    "level",
                    "e.level",
                    "position",
                    "e.position",
                    "hireDate",
                    "e.hireDate");

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    public List<EmployeeRow> page(Caller caller, PageRequest page) {
        Visibility visibility = dataScope.of(caller);
        String order =
                SORTABLE.getOrDefault(page.sortField(), "e.employeeNo")
                        + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<EmployeeRow> query =
                em.createQuery(
                        SELECT_ROW + where(visibility, page) + " ORDER BY " + order + ", e.id",
                        EmployeeRow.class);
        return bind(query, visibility, page)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(Caller caller, PageRequest page) {
        Visibility visibility = dataScope.of(caller);
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(e) FROM Employee e JOIN e.orgUnit u"
                                + where(visibility, page),
                        Long.class);
        return bind(query, visibility, page).getSingleResult();
    }

    public EmployeeRow profile(Caller caller, long employeeId) {
        dataScope.requireEmployee(caller, employeeId);
        return em.createQuery(SELECT_ROW + "WHERE e.id = :id", EmployeeRow.class)
                .setParameter("id", employeeId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("employee " + employeeId));
    }

    /**
     * The id of an employee number, for boundaries that receive numbers; scope is checked
     * afterwards.
     */
    public Optional<Long> idOf(String employeeNo) {
        return em.createQuery("SELECT e.id FROM Employee e WHERE e.employeeNo = :no", Long.class)
                .setParameter("no", employeeNo)
                .getResultStream()
                .findFirst();
    }

    /** Head counts of the caller's scope: org units by kind and active sales reps. */
    public ScopeSummary summary(Caller caller) {
        Visibility visibility = dataScope.of(caller);
        String reps =
                "SELECT COUNT(e) FROM Employee e JOIN e.orgUnit u WHERE e.active = TRUE"
                        + " AND e.position = com.salesperf.organization.entity.Position.SALES_REP"
                        + (visibility.everything() ? "" : " AND " + SCOPE);
        String units =
                "SELECT u.kind, COUNT(u) FROM OrgUnit u"
                        + (visibility.everything() ? "" : " WHERE u.id IN :units")
                        + " GROUP BY u.kind";
        TypedQuery<Long> repQuery = em.createQuery(reps, Long.class);
        TypedQuery<Object[]> unitQuery = em.createQuery(units, Object[].class);
        if (!visibility.everything()) {
            repQuery.setParameter("units", visibility.unitIdsForQuery())
                    .setParameter("own", visibility.ownEmployeeIdForQuery());
            unitQuery.setParameter("units", visibility.unitIdsForQuery());
        }
        return ScopeSummary.of(repQuery.getSingleResult(), unitQuery.getResultList());
    }

    private static String where(Visibility visibility, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything()) {
            conditions.add(SCOPE);
        }
        if (page.likePattern() != null) {
            conditions.add(FILTER);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, Visibility visibility, PageRequest page) {
        if (!visibility.everything()) {
            query.setParameter("units", visibility.unitIdsForQuery())
                    .setParameter("own", visibility.ownEmployeeIdForQuery());
        }
        if (page.likePattern() != null) {
            query.setParameter("pattern", page.likePattern());
        }
        return query;
    }
}
