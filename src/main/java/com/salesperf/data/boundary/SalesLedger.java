package com.salesperf.data.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.data.control.SaleFilter;
import com.salesperf.data.control.SaleRow;
import com.salesperf.data.entity.Sale;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The imported sales, paged, sorted and filtered in the database, and the exclusion of outliers
 * from evaluation (ADMIN, with a mandatory reason; audited). Finance and auditors read.
 */
@Stateless
public class SalesLedger {

    private static final int MAX_REASON = 500;
    private static final String SELECT_ROW =
            "SELECT NEW com.salesperf.data.control.SaleRow(s.id, s.externalId, e.employeeNo, e.name,"
                    + " c.externalId, c.name, s.productLine, s.signedDate, s.amount, s.currency,"
                    + " s.excluded, s.exclusionReason, s.excludedBy, s.excludedAt)"
                    + " FROM Sale s JOIN s.employee e JOIN s.customer c";
    private static final Map<String, String> SORTABLE =
            Map.of(
                    "orderId", "s.externalId",
                    "employeeNo", "e.employeeNo",
                    "customerId", "c.externalId",
                    "signedDate", "s.signedDate",
                    "amount", "s.amount",
                    "excluded", "s.excluded");

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    public List<SaleRow> page(Caller caller, SaleFilter filter, PageRequest page) {
        requireReader(caller);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String order =
                SORTABLE.getOrDefault(page.sortField(), "s.signedDate")
                        + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<SaleRow> query =
                em.createQuery(
                        SELECT_ROW + where(filter, parameters) + " ORDER BY " + order + ", s.id",
                        SaleRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(Caller caller, SaleFilter filter) {
        requireReader(caller);
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(s) FROM Sale s JOIN s.employee e JOIN s.customer c"
                                + where(filter, parameters),
                        Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public void exclude(Caller caller, long saleId, String reason) {
        Sale sale = requireAdminOn(caller, saleId);
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new BusinessException(
                    "sales.error.reason",
                    "a reason of 1 to 500 characters is required",
                    MAX_REASON);
        }
        String before = state(sale);
        sale.exclude(reason, caller.username(), Instant.now());
        auditTrail.record(
                AuditEvent.of(caller.username(), "SALE_EXCLUDED", "Sale", sale.getExternalId())
                        .before(before)
                        .after(state(sale))
                        .because(reason.strip()));
    }

    public void include(Caller caller, long saleId, String reason) {
        Sale sale = requireAdminOn(caller, saleId);
        String before = state(sale);
        sale.include();
        auditTrail.record(
                AuditEvent.of(caller.username(), "SALE_INCLUDED", "Sale", sale.getExternalId())
                        .before(before)
                        .after(state(sale))
                        .because(reason == null || reason.isBlank() ? null : reason.strip()));
    }

    private Sale requireAdminOn(Caller caller, long saleId) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("exclude sale");
        }
        Sale sale = em.find(Sale.class, saleId, LockModeType.PESSIMISTIC_WRITE);
        if (sale == null) {
            throw new NotFoundException("sale " + saleId);
        }
        return sale;
    }

    private static String state(Sale sale) {
        return "{\"excluded\":"
                + sale.isExcluded()
                + ",\"reason\":"
                + (sale.getExclusionReason() == null
                        ? "null"
                        : jakarta.json.Json.createValue(sale.getExclusionReason()).toString())
                + "}";
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAny(Role.ADMIN, Role.FINANCE, Role.AUDITOR)) {
            throw new AccessDeniedException("sales ledger");
        }
    }

    private static String where(SaleFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.employeeNo() != null) {
            conditions.add("e.employeeNo = :employeeNo");
            parameters.put("employeeNo", filter.employeeNo());
        }
        if (filter.customerId() != null) {
            conditions.add("c.externalId = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.from() != null) {
            conditions.add("s.signedDate >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("s.signedDate <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.minAmount() != null) {
            conditions.add("s.amount >= :minAmount");
            parameters.put("minAmount", filter.minAmount());
        }
        if (filter.excluded() != null) {
            conditions.add("s.excluded = :excluded");
            parameters.put("excluded", filter.excluded());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
