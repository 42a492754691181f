package com.salesperf.targets.boundary;

import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.Period;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.control.AnnualProposal;
import com.salesperf.targets.control.Decomposition;
import com.salesperf.targets.control.PeriodSplit;
import com.salesperf.targets.entity.TargetScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an annual sales target of a rep, team or region into quarters by a profile (e.g. Q1 30 %)
 * and each quarter evenly into its months. The parts add up exactly, so nothing needs confirming;
 * changed targets are adjusted with a reason and audited.
 */
@Stateless
public class AnnualSplits {

    private static final String MEASURE = TargetDecompositions.MEASURE;
    private static final int SCALE = 2;

    @PersistenceContext EntityManager em;

    @Inject DataScope dataScope;

    @Inject TargetStore targetStore;

    public AnnualProposal propose(
            Caller caller, int year, TargetScope scope, String code, List<BigDecimal> profile) {
        requireAccess(caller, scope, code);
        requireProfile(profile);
        PeriodCode yearCode = PeriodCode.parse(String.valueOf(year));
        BigDecimal annual = targetStore.valueOf(yearCode.toString(), scope, code, MEASURE);
        if (annual == null) {
            throw new BusinessException(
                    "decomposition.error.noAnnual", "no annual target", code, year);
        }
        List<BigDecimal> quarterValues = Decomposition.split(annual, profile, SCALE);
        List<BigDecimal> monthValues = Decomposition.annualToMonths(annual, profile, SCALE);
        List<PeriodSplit> quarters = new ArrayList<>();
        List<PeriodSplit> months = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(line(PeriodCode.quarter(year, q), scope, code, quarterValues.get(q - 1)));
        }
        for (int m = 1; m <= 12; m++) {
            months.add(line(PeriodCode.month(year, m), scope, code, monthValues.get(m - 1)));
        }
        return new AnnualProposal(year, scope.name(), code, annual, quarters, months);
    }

    /** Stores the quarters and months of the proposal; returns how many targets changed. */
    public int save(
            Caller caller, int year, TargetScope scope, String code, List<BigDecimal> profile) {
        AnnualProposal proposal = propose(caller, year, scope, code, profile);
        String reason = "annual split of " + code + " " + year + " by profile " + profile;
        int changed = 0;
        List<PeriodSplit> all = new ArrayList<>(proposal.quarters());
        all.addAll(proposal.months());
        for (PeriodSplit split : all) {
            Period period = targetStore.period(split.periodCode());
            if (targetStore.set(
                    caller.username(), period, scope, code, MEASURE, split.proposed(), reason)) {
                changed++;
            }
        }
        return changed;
    }

    private PeriodSplit line(PeriodCode period, TargetScope scope, String code, BigDecimal value) {
        return new PeriodSplit(
                period.toString(),
                targetStore.valueOf(period.toString(), scope, code, MEASURE),
                value);
    }

    private void requireAccess(Caller caller, TargetScope scope, String code) {
        if (!caller.hasAny(Role.MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("annual target split");
        }
        if (scope == TargetScope.REP) {
            dataScope.requireEmployee(
                    caller, id("SELECT e.id FROM Employee e WHERE e.employeeNo = :code", code));
        } else if (scope == TargetScope.REGION || scope == TargetScope.TEAM) {
            dataScope.requireUnit(
                    caller, id("SELECT u.id FROM OrgUnit u WHERE u.code = :code", code));
        } else {
            throw new AccessDeniedException("company targets are split by administrators only");
        }
    }

    private long id(String jpql, String code) {
        return em.createQuery(jpql, Long.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("target scope " + code));
    }

    private static void requireProfile(List<BigDecimal> profile) {
        boolean valid =
                profile != null
                        && profile.size() == 4
                        && profile.stream().allMatch(p -> p != null && p.signum() >= 0)
                        && Decomposition.sum(profile).signum() > 0;
        if (!valid) {
            throw new BusinessException(
                    "decomposition.error.profile",
                    "a profile of four shares ≥ 0 with a positive sum is required");
        }
    }
}
