package com.salesperf.targets.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.period.entity.Period;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.platform.control.PdfTexts;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import com.salesperf.targets.control.TargetLetter;
import com.salesperf.targets.control.TargetLetterPdf;
import com.salesperf.targets.entity.Target;
import com.salesperf.targets.entity.TargetAdjustment;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Target responsibility letters 目标责任书 (SPEC §5): the rep's own, or one of a rep in the caller's
 * data scope. A rep outside the scope, an unknown rep and a period without targets all answer "not
 * found"; the refusal is in the security log.
 */
@Stateless
public class TargetLetters {

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    /** The caller's own letter as a PDF in the given language. */
    public byte[] ownPdf(Caller caller, String periodCode, Locale locale) {
        if (caller.employeeId() == null) {
            throw new NotFoundException("no person linked to " + caller.username());
        }
        Employee rep = em.find(Employee.class, caller.employeeId());
        return pdf(caller, letter(caller, rep, periodCode, locale), locale);
    }

    /** The letter of a rep of the caller's scope as a PDF in the given language. */
    public byte[] pdf(Caller caller, String employeeNo, String periodCode, Locale locale) {
        return pdf(caller, letter(caller, employeeNo, periodCode, locale), locale);
    }

    public TargetLetter letter(Caller caller, String employeeNo, String periodCode, Locale locale) {
        return letter(caller, employee(caller, employeeNo), periodCode, locale);
    }

    private static byte[] pdf(Caller caller, TargetLetter letter, Locale locale) {
        return TargetLetterPdf.of(letter, PdfTexts.of(locale), caller.username(), Instant.now());
    }

    private TargetLetter letter(Caller caller, Employee rep, String periodCode, Locale locale) {
        if (rep == null) {
            throw new NotFoundException("employee");
        }
        dataScope.requireEmployee(caller, rep.getId());
        List<Target> targets =
                em.createQuery(
                                "SELECT t FROM Target t JOIN FETCH t.period p WHERE t.employee.id = :id"
                                        + " AND p.code = :code ORDER BY t.measure",
                                Target.class)
                        .setParameter("id", rep.getId())
                        .setParameter("code", periodCode)
                        .getResultList();
        if (targets.isEmpty()) {
            throw new BusinessException(
                    "letter.error.noTargets",
                    "no targets of " + rep.getEmployeeNo() + " in " + periodCode);
        }
        Map<Long, List<TargetLetter.Change>> changes = changes(targets);
        Period period = targets.get(0).getPeriod();
        OrgUnit team = rep.getOrgUnit();
        return new TargetLetter(
                name(ancestor(team, OrgUnitKind.COMPANY), locale),
                rep.getEmployeeNo(),
                rep.getName(),
                team == null ? null : team.getCode() + " " + team.name(locale),
                name(ancestor(team, OrgUnitKind.REGION), locale),
                rep.getManager() == null ? null : rep.getManager().getName(),
                period.getCode(),
                period.getType(),
                period.getStartDate(),
                period.getEndDate(),
                targets.stream()
                        .map(
                                t ->
                                        new TargetLetter.Line(
                                                t.getMeasure(),
                                                t.getValue(),
                                                t.getAcknowledgedAt(),
                                                changes.getOrDefault(t.getId(), List.of())))
                        .toList());
    }

    private Employee employee(Caller caller, String employeeNo) {
        List<Employee> found =
                em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :no", Employee.class)
                        .setParameter("no", employeeNo)
                        .getResultList();
        if (found.isEmpty()) {
            SecurityLog.accessRefused(caller.username(), "employee " + employeeNo, "-");
            throw new NotFoundException("employee " + employeeNo);
        }
        return found.get(0);
    }

    private Map<Long, List<TargetLetter.Change>> changes(List<Target> targets) {
        return em
                .createQuery(
                        "SELECT a FROM TargetAdjustment a WHERE a.target IN :targets"
                                + " ORDER BY a.adjustedAt, a.id",
                        TargetAdjustment.class)
                .setParameter("targets", targets)
                .getResultList()
                .stream()
                .collect(
                        Collectors.groupingBy(
                                a -> a.getTarget().getId(),
                                Collectors.mapping(
                                        a ->
                                                new TargetLetter.Change(
                                                        a.getOldValue(),
                                                        a.getNewValue(),
                                                        a.getReason(),
                                                        a.getAdjustedBy(),
                                                        a.getAdjustedAt()),
                                        Collectors.toList())));
    }

    private static OrgUnit ancestor(OrgUnit unit, OrgUnitKind kind) {
        OrgUnit at = unit;
        while (at != null && at.getKind() != kind) {
            at = at.getParent();
        }
        return at;
    }

    private static String name(OrgUnit unit, Locale locale) {
        return unit == null ? null : unit.name(locale);
    }
}
