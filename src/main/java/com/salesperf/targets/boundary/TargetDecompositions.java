package com.salesperf.targets.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.Period;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.control.Decomposition;
import com.salesperf.targets.control.SplitLine;
import com.salesperf.targets.control.SplitProposal;
import com.salesperf.targets.entity.TargetScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decomposes a region's sales target into its teams and a team's into its reps (SPEC §5): the
 * proposal is proportional to each child's sales in the same period a year earlier (even without
 * history); the manager may edit it; a sum that differs from the parent must be confirmed. Every
 * changed child target is audited, and a changed rep target needs the rep's acknowledgement again.
 */
@Stateless
public class TargetDecompositions {

    static final String MEASURE = "sales";
    private static final int SCALE = 2;

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    @Inject AuditTrail auditTrail;

    @Inject TargetStore targetStore;

    public SplitProposal propose(Caller caller, String periodCode, long unitId) {
        OrgUnit unit = requireUnit(caller, unitId);
        PeriodCode period = parse(periodCode);
        boolean region = unit.getKind() == OrgUnitKind.REGION;
        List<Object[]> children = region ? teams(unitId, period) : reps(unitId, period);
        Map<String, BigDecimal> history = new LinkedHashMap<>();
        children.forEach(c -> history.put((String) c[0], decimal(c[3])));
        BigDecimal parent = parentTarget(period, unit);
        Map<String, BigDecimal> proposed =
                parent == null ? Map.of() : Decomposition.split(parent, history, SCALE);
        List<SplitLine> lines = new ArrayList<>();
        for (Object[] c : children) {
            lines.add(
                    new SplitLine(
                            (String) c[0],
                            (String) c[1],
                            (String) c[2],
                            decimal(c[3]),
                            decimal(c[4]),
                            proposed.get((String) c[0])));
        }
        return new SplitProposal(
                period.toString(),
                unitId,
                unit.getCode(),
                region ? TargetScope.TEAM.name() : TargetScope.REP.name(),
                parent,
                lines);
    }

    /**
     * Stores the children's targets. A sum different from the parent is refused unless the caller
     * confirmed the difference; values must be present and not negative.
     */
    public int save(
            Caller caller,
            String periodCode,
            long unitId,
            Map<String, BigDecimal> values,
            boolean differenceConfirmed) {
        SplitProposal proposal = propose(caller, periodCode, unitId);
        if (proposal.parent() == null) {
            throw new BusinessException(
                    "decomposition.error.noParent", "the unit has no target to decompose");
        }
        List<BigDecimal> children = new ArrayList<>();
        for (SplitLine line : proposal.children()) {
            BigDecimal value = values.get(line.code());
            if (value == null || value.signum() < 0) {
                throw new BusinessException(
                        "decomposition.error.value", "every child needs a value ≥ 0", line.code());
            }
            children.add(value);
        }
        BigDecimal difference = Decomposition.difference(proposal.parent(), children);
        if (difference.signum() != 0 && !differenceConfirmed) {
            throw new BusinessException(
                    "decomposition.error.difference",
                    "the children differ from the parent target; confirm the difference",
                    difference);
        }
        Period period = targetStore.period(periodCode);
        String reason = "decomposition of " + proposal.unitCode() + " " + periodCode;
        TargetScope scope = TargetScope.valueOf(proposal.childScope());
        int changed = 0;
        for (SplitLine line : proposal.children()) {
            if (targetStore.set(
                    caller.username(),
                    period,
                    scope,
                    line.code(),
                    MEASURE,
                    values.get(line.code()),
                    reason)) {
                changed++;
            }
        }
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "TARGET_DECOMPOSED",
                                "OrgUnit",
                                proposal.unitCode())
                        .after(
                                "{\"period\":\""
                                        + periodCode
                                        + "\",\"parent\":"
                                        + proposal.parent().toPlainString()
                                        + ",\"difference\":"
                                        + difference.toPlainString()
                                        + ",\"changed\":"
                                        + changed
                                        + "}")
                        .because(difference.signum() == 0 ? null : "difference confirmed"));
        return changed;
    }

    private List<Object[]> teams(long regionId, PeriodCode period) {
        return rows(
                "SELECT u.code, u.name_zh, u.name_en, (SELECT SUM(s.amount) FROM sale s"
                        + " JOIN employee e ON e.id = s.employee_id WHERE e.org_unit_id = u.id"
                        + " AND s.excluded = FALSE AND s.signed_date >= ?1 AND s.signed_date <= ?2),"
                        + " (SELECT t.target_value FROM target t JOIN period p ON p.id = t.period_id"
                        + " WHERE t.org_unit_id = u.id AND t.scope = 'TEAM' AND t.measure = 'sales'"
                        + " AND p.code = ?3) FROM org_unit u WHERE u.parent_id = ?4 ORDER BY u.code",
                period,
                regionId);
    }

    private List<Object[]> reps(long teamId, PeriodCode period) {
        return rows(
                "SELECT e.employee_no, e.name, e.name, (SELECT SUM(s.amount) FROM sale s"
                        + " WHERE s.employee_id = e.id AND s.excluded = FALSE"
                        + " AND s.signed_date >= ?1 AND s.signed_date <= ?2),"
                        + " (SELECT t.target_value FROM target t JOIN period p ON p.id = t.period_id"
                        + " WHERE t.employee_id = e.id AND t.scope = 'REP' AND t.measure = 'sales'"
                        + " AND p.code = ?3) FROM employee e WHERE e.org_unit_id = ?4"
                        + " AND e.position = 'SALES_REP' AND e.active = TRUE ORDER BY e.employee_no",
                period,
                teamId);
    }

    /** History is the same period one year earlier; ?3 is the period being decomposed. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, PeriodCode period, long parentId) {
        PeriodCode lastYear = period.yearBefore();
        return em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(lastYear.start()))
                .setParameter(2, Date.valueOf(lastYear.end()))
                .setParameter(3, period.toString())
                .setParameter(4, parentId)
                .getResultList();
    }

    private BigDecimal parentTarget(PeriodCode period, OrgUnit unit) {
        TargetScope scope =
                unit.getKind() == OrgUnitKind.REGION ? TargetScope.REGION : TargetScope.TEAM;
        return targetStore.valueOf(period.toString(), scope, unit.getCode(), MEASURE);
    }

    private OrgUnit requireUnit(Caller caller, long unitId) {
        if (!caller.hasAny(Role.MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("target decomposition");
        }
        dataScope.requireUnit(caller, unitId);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null
                || (unit.getKind() != OrgUnitKind.REGION && unit.getKind() != OrgUnitKind.TEAM)) {
            throw new NotFoundException("org unit " + unitId);
        }
        return unit;
    }

    private static PeriodCode parse(String code) {
        try {
            return PeriodCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("analytics.error.period", e.getMessage(), code);
        }
    }

    private static BigDecimal decimal(Object cell) {
        return cell == null
                ? null
                : cell instanceof BigDecimal d ? d : new BigDecimal(cell.toString());
    }
}
