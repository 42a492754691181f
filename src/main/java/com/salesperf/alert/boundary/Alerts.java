package com.salesperf.alert.boundary;

import com.salesperf.alert.control.AlertRow;
import com.salesperf.alert.control.NoteInput;
import com.salesperf.alert.control.NoteRow;
import com.salesperf.alert.entity.Alert;
import com.salesperf.alert.entity.AlertNote;
import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.control.Visibility;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading alerts and writing cause notes, always inside the caller's scope: managers see the alerts
 * of the org subtree they manage, HR and administrators all (scoped HR their subtree), a rep only
 * the alerts about themselves. An alert outside the scope answers "not found", like a missing one,
 * and the refusal is logged. Only the rep an alert is about writes notes on it.
 */
@Stateless
public class Alerts {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Map<String, String> SORTABLE =
            Map.of(
                    "createdAt", "a.createdAt",
                    "periodCode", "a.periodCode",
                    "subjectKey", "a.subjectKey",
                    "ruleCode", "r.code",
                    "observed", "a.observed");

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    @Inject AuditTrail auditTrail;

    /** One page of the alerts in the caller's scope (managers, HR, administrators). */
    public List<AlertRow> page(Caller caller, PageRequest page) {
        return rows(scoped(caller), page);
    }

    public long count(Caller caller) {
        return count(scoped(caller));
    }

    /** One page of the alerts about the calling rep. */
    public List<AlertRow> mine(Caller caller, PageRequest page) {
        return rows(own(caller), page);
    }

    public long countMine(Caller caller) {
        return count(own(caller));
    }

    /** One alert the caller may see (own, or in scope for the back office). */
    public AlertRow find(Caller caller, long alertId) {
        Alert alert = visible(caller, alertId);
        return rows(
                        new Where("a.id = :id", Map.of("id", alert.getId())),
                        new PageRequest(0, 1, null, false, null))
                .get(0);
    }

    public List<NoteRow> notes(Caller caller, long alertId) {
        visible(caller, alertId);
        return em.createNamedQuery("AlertNote.findByAlert", AlertNote.class)
                .setParameter("alert", alertId)
                .getResultStream()
                .map(
                        n ->
                                new NoteRow(
                                        n.getId(),
                                        n.getWhat(),
                                        n.getWhy(),
                                        n.getWhereText(),
                                        n.getWhenText(),
                                        n.getWho(),
                                        n.getHow(),
                                        n.getAuthor(),
                                        n.getCreatedAt()))
                .toList();
    }

    /** The rep the alert is about records the causes; anyone else gets "not found". */
    public long addNote(Caller caller, long alertId, NoteInput input) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null || !caller.has(Role.REP) || !alert.concerns(caller.employeeId())) {
            if (alert != null) {
                SecurityLog.accessRefused(caller.username(), "alert#" + alertId + "/note", "-");
            }
            throw new NotFoundException("alert " + alertId);
        }
        NoteInput valid = input.validated();
        AlertNote note =
                new AlertNote(
                        alertId,
                        valid.what(),
                        valid.why(),
                        valid.where(),
                        valid.when(),
                        valid.who(),
                        valid.how(),
                        caller.username(),
                        Instant.now());
        em.persist(note);
        em.flush();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("alert", alertId);
        state.put("what", valid.what());
        state.put("why", valid.why());
        state.put("where", valid.where());
        state.put("when", valid.when());
        state.put("who", valid.who());
        state.put("how", valid.how());
        auditTrail.record(
                AuditEvent.of(caller.username(), "ALERT_NOTE_ADDED", "AlertNote", note.getId())
                        .after(JSON.toJson(state)));
        return note.getId();
    }

    private Alert visible(Caller caller, long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        boolean allowed =
                alert != null
                        && (alert.concerns(caller.employeeId())
                                || (isBackOffice(caller)
                                        && dataScope
                                                .of(caller)
                                                .canSee(
                                                        alert.getEmployeeId(),
                                                        alert.getOrgUnitId())));
        if (!allowed) {
            if (alert != null) {
                SecurityLog.accessRefused(caller.username(), "alert#" + alertId, "-");
            }
            throw new NotFoundException("alert " + alertId);
        }
        return alert;
    }

    private record Where(String condition, Map<String, Object> parameters) {}

    private Where scoped(Caller caller) {
        if (!isBackOffice(caller)) {
            SecurityLog.accessRefused(caller.username(), "alerts", "-");
            throw new AccessDeniedException("alerts");
        }
        Visibility visibility = dataScope.of(caller);
        if (visibility.everything()) {
            return new Where("a.id IS NOT NULL", Map.of());
        }
        return new Where(
                "(a.orgUnitId IN :units OR a.employeeId = :own)",
                Map.of(
                        "units", visibility.unitIdsForQuery(),
                        "own", visibility.ownEmployeeIdForQuery()));
    }

    private static Where own(Caller caller) {
        if (!caller.has(Role.REP) || caller.employeeId() == null) {
            throw new AccessDeniedException("own alerts");
        }
        return new Where("a.employeeId = :own", Map.of("own", caller.employeeId()));
    }

    private static boolean isBackOffice(Caller caller) {
        return caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN);
    }

    private List<AlertRow> rows(Where where, PageRequest page) {
        String order =
                SORTABLE.getOrDefault(page.sortField(), "a.createdAt")
                        + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<Object[]> query =
                em.createQuery(
                        "SELECT a.id, r.code, r.name, r.kind, a.periodCode, a.subjectKey,"
                                + " a.subjectName, a.observed, a.threshold, a.detail, a.notified,"
                                + " a.createdAt FROM Alert a JOIN a.rule r WHERE "
                                + where.condition()
                                + " ORDER BY "
                                + order
                                + ", a.id DESC",
                        Object[].class);
        where.parameters().forEach(query::setParameter);
        List<Object[]> found =
                query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> notes = noteCounts(found.stream().map(r -> (Long) r[0]).toList());
        return found.stream()
                .map(
                        r ->
                                new AlertRow(
                                        (Long) r[0],
                                        (String) r[1],
                                        (String) r[2],
                                        (com.salesperf.alert.entity.AlertRuleKind) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        (String) r[6],
                                        (java.math.BigDecimal) r[7],
                                        (java.math.BigDecimal) r[8],
                                        (String) r[9],
                                        (String) r[10],
                                        (Instant) r[11],
                                        notes.getOrDefault((Long) r[0], 0L)))
                .toList();
    }

    private Map<Long, Long> noteCounts(List<Long> alertIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (alertIds.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "SELECT n.alertId, COUNT(n) FROM AlertNote n WHERE n.alertId IN :ids"
                                + " GROUP BY n.alertId",
                        Object[].class)
                .setParameter("ids", alertIds)
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private long count(Where where) {
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(a) FROM Alert a WHERE " + where.condition(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }
}
