package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's results for ADMIN, HR and AUDITOR: paged, sorted and filtered in the database, and one
 * result in full. Results span the whole company, so only whole-company roles read them here.
 */
@Stateless
public class RunResults {

    /** Sortable fields of the results table, by the name the page uses. */
    private static final Set<String> SORTABLE =
            Set.of(
                    "seq",
                    "employeeNo",
                    "repName",
                    "regionCode",
                    "teamCode",
                    "completionRate",
                    "totalScore",
                    "grade",
                    "companyRank",
                    "tierCode",
                    "bonus");

    /** What the results table filters by; null or blank means no filter. */
    public record Filter(String employee, String regionCode, String grade, String tierCode) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    @PersistenceContext EntityManager em;

    public List<EvaluationResult> page(
            Caller caller,
            long runId,
            Filter filter,
            String sortField,
            boolean ascending,
            int first,
            int max) {
        Runs.requireReader(caller);
        String order = SORTABLE.contains(sortField) ? "r." + sortField : "r.seq";
        TypedQuery<EvaluationResult> query =
                em.createQuery(
                        "SELECT r FROM EvaluationResult r"
                                + where(filter)
                                + " ORDER BY "
                                + order
                                + (ascending ? " ASC" : " DESC")
                                + ", r.seq",
                        EvaluationResult.class);
        bind(query, runId, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Caller caller, long runId, Filter filter) {
        Runs.requireReader(caller);
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(r) FROM EvaluationResult r" + where(filter), Long.class);
        bind(query, runId, filter);
        return query.getSingleResult();
    }

    public EvaluationResult result(Caller caller, long runId, String employeeNo) {
        Runs.requireReader(caller);
        return em.createQuery(
                        "SELECT r FROM EvaluationResult r WHERE r.runId = :run AND r.employeeNo = :no",
                        EvaluationResult.class)
                .setParameter("run", runId)
                .setParameter("no", employeeNo)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("result of " + employeeNo));
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder(" WHERE r.runId = :run");
        if (present(filter.employee())) {
            where.append(
                    " AND (LOWER(r.employeeNo) LIKE :employee OR LOWER(r.repName) LIKE :employee)");
        }
        if (present(filter.regionCode())) {
            where.append(" AND r.regionCode = :region");
        }
        if (present(filter.grade())) {
            where.append(" AND r.grade = :grade");
        }
        if (present(filter.tierCode())) {
            where.append(" AND r.tierCode = :tier");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, long runId, Filter filter) {
        query.setParameter("run", runId);
        Map.of(
                        "employee", filter.employee() == null ? "" : filter.employee(),
                        "region", filter.regionCode() == null ? "" : filter.regionCode(),
                        "grade", filter.grade() == null ? "" : filter.grade(),
                        "tier", filter.tierCode() == null ? "" : filter.tierCode())
                .forEach(
                        (name, value) -> {
                            if (present(value)) {
                                query.setParameter(
                                        name,
                                        name.equals("employee")
                                                ? "%"
                                                        + escapeLike(value.strip().toLowerCase())
                                                        + "%"
                                                : value.strip());
                            }
                        });
    }

    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
