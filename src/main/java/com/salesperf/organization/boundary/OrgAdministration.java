package com.salesperf.organization.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.control.NewOrgUnit;
import com.salesperf.organization.control.OrgTree;
import com.salesperf.organization.control.OrgUnitsChanged;
import com.salesperf.organization.control.Organization;
import com.salesperf.organization.entity.Assignment;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administration of the organisation (ADMIN only): create and rename org units, and move a person
 * to another team from a date on. A move ends the current assignment the day before and starts a
 * new one, so past periods stay evaluated in the team the person belonged to then.
 */
@Stateless
public class OrgAdministration {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject Organization organization;

    @Inject Event<OrgUnitsChanged> orgUnitsChanged;

    /** Every org unit (a few dozen), for the tree and the unit choices. */
    public Collection<OrgTree.Node> units(Caller caller) {
        UserAdministration.requireAdmin(caller, "org");
        return organization.tree().nodes();
    }

    /** The current version of a unit, for optimistic locking of a rename. */
    public long versionOf(Caller caller, long unitId) {
        UserAdministration.requireAdmin(caller, "org/" + unitId);
        return unit(unitId).getVersion();
    }

    public long create(Caller caller, NewOrgUnit input) {
        UserAdministration.requireAdmin(caller, "org/create");
        NewOrgUnit valid = input.validated();
        OrgUnit parent = unit(valid.parentId());
        OrgUnitKind kind = NewOrgUnit.childKindOf(parent.getKind());
        boolean taken =
                em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                        .setParameter("code", valid.code())
                        .getResultStream()
                        .findFirst()
                        .isPresent();
        if (taken) {
            throw new InvalidFieldException("code", "org.error.codeTaken", valid.code());
        }
        OrgUnit unit = new OrgUnit(valid.code(), valid.nameZh(), valid.nameEn(), parent, kind);
        em.persist(unit);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "ORG_UNIT_CREATED", "OrgUnit", unit.getId())
                        .after(json(unit)));
        orgUnitsChanged.fire(new OrgUnitsChanged());
        return unit.getId();
    }

    public void rename(Caller caller, long unitId, long version, String nameZh, String nameEn) {
        UserAdministration.requireAdmin(caller, "org/" + unitId);
        NewOrgUnit.checkNames(nameZh, nameEn);
        OrgUnit unit = unit(unitId);
        if (unit.getVersion() != version) {
            throw new ConcurrentChangeException(lastActor("OrgUnit", unitId));
        }
        String before = json(unit);
        unit.rename(nameZh.strip(), nameEn.strip());
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "ORG_UNIT_RENAMED", "OrgUnit", unitId)
                        .before(before)
                        .after(json(unit)));
        orgUnitsChanged.fire(new OrgUnitsChanged());
    }

    /**
     * Moves a person to another team from {@code effective} on (today or earlier: the current unit
     * is what every page and scope check uses from now on).
     */
    public void move(
            Caller caller, long employeeId, long teamId, LocalDate effective, String reason) {
        UserAdministration.requireAdmin(caller, "employee/" + employeeId + "/move");
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            throw new NotFoundException("employee " + employeeId);
        }
        OrgUnit team = unit(teamId);
        if (team.getKind() != OrgUnitKind.TEAM) {
            throw new InvalidFieldException("team", "reps.error.notATeam");
        }
        if (team.getId().equals(employee.getOrgUnit().getId())) {
            throw new InvalidFieldException("team", "reps.error.sameTeam");
        }
        if (effective == null) {
            throw new InvalidFieldException("effective", "validation.required");
        }
        if (effective.isAfter(LocalDate.now())) {
            throw new InvalidFieldException("effective", "reps.error.future");
        }
        List<Assignment> current =
                em.createQuery(
                                "SELECT a FROM Assignment a WHERE a.employee = :e AND a.validTo IS NULL",
                                Assignment.class)
                        .setParameter("e", employee)
                        .getResultList();
        for (Assignment assignment : current) {
            if (!effective.isAfter(assignment.getValidFrom())) {
                throw new InvalidFieldException(
                        "effective", "reps.error.beforeCurrent", assignment.getValidFrom());
            }
        }
        Map<String, Object> before = placement(employee, current);
        current.forEach(a -> a.endOn(effective));
        em.persist(new Assignment(employee, team, effective));
        employee.moveTo(team);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", team.getCode());
        after.put("from", effective.toString());
        auditTrail.record(
                AuditEvent.of(caller.username(), "EMPLOYEE_MOVED", "Employee", employeeId)
                        .before(JSON.toJson(before))
                        .after(JSON.toJson(after))
                        .because(reason == null || reason.isBlank() ? null : reason.strip()));
    }

    private static Map<String, Object> placement(Employee employee, List<Assignment> current) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", employee.getOrgUnit().getCode());
        state.put("from", current.isEmpty() ? null : current.get(0).getValidFrom().toString());
        return state;
    }

    private OrgUnit unit(long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("org unit " + id);
        }
        return unit;
    }

    private String lastActor(String type, long id) {
        List<com.salesperf.audit.control.AuditRecord> history =
                auditTrail.historyOf(type, String.valueOf(id));
        return history.isEmpty() ? "?" : history.get(history.size() - 1).actor();
    }

    private static String json(OrgUnit unit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", unit.getCode());
        state.put("kind", unit.getKind().name());
        state.put("parent", unit.getParent() == null ? null : unit.getParent().getCode());
        state.put("nameZh", unit.getNameZh());
        state.put("nameEn", unit.getNameEn());
        return JSON.toJson(state);
    }
}
