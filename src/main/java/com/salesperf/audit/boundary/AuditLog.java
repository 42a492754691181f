package com.salesperf.audit.boundary;

import com.salesperf.audit.control.AuditRecord;
import com.salesperf.audit.entity.AuditEntry;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/** Reading the audit log page by page, newest first, for auditors and administrators. */
@Stateless
public class AuditLog {

    private static final Map<String, String> SORTABLE =
            Map.of(
                    "seq",
                    "a.seq",
                    "occurredAt",
                    "a.occurredAt",
                    "actor",
                    "a.actor",
                    "action",
                    "a.action");
    private static final String FILTER =
            " WHERE (LOWER(a.actor) LIKE :pattern ESCAPE '\\' OR LOWER(a.action) LIKE :pattern ESCAPE '\\'"
                    + " OR LOWER(a.entityType) LIKE :pattern ESCAPE '\\' OR LOWER(a.entityId) LIKE :pattern ESCAPE '\\')";

    @PersistenceContext EntityManager em;

    public List<AuditRecord> page(Caller caller, PageRequest page) {
        AuditTrail.requireAuditor(caller);
        String order =
                SORTABLE.getOrDefault(page.sortField(), "a.seq")
                        + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<AuditEntry> query =
                em.createQuery(
                        "SELECT a FROM AuditEntry a" + where(page) + " ORDER BY " + order,
                        AuditEntry.class);
        return bind(query, page)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    public long count(Caller caller, PageRequest page) {
        AuditTrail.requireAuditor(caller);
        return bind(
                        em.createQuery(
                                "SELECT COUNT(a) FROM AuditEntry a" + where(page), Long.class),
                        page)
                .getSingleResult();
    }

    private static String where(PageRequest page) {
        return page.likePattern() == null ? "" : FILTER;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, PageRequest page) {
        return page.likePattern() == null
                ? query
                : query.setParameter("pattern", page.likePattern());
    }
}
