package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.calendar.boundary.WorkingCalendar;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.PackageSummary;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ResultScope;
import com.salesperf.review.control.ReviewAction;
import com.salesperf.review.control.ReviewDecision;
import com.salesperf.review.control.ReviewRefusedException;
import com.salesperf.review.control.ReviewRole;
import com.salesperf.review.control.ReviewRules;
import com.salesperf.review.control.ReviewStatus;
import com.salesperf.review.control.RunFacts;
import com.salesperf.review.entity.RepResult;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.review.entity.ReviewStep;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The review workflow of a run's results per org scope (SPEC §11): a preparer opens and submits a
 * package, HR approves it (never the preparer) or rejects it with a comment, then publishes it to
 * the reps. Every step checks scope, rules and the version the caller saw, and is audited in the
 * same transaction.
 */
@Stateless
public class Reviews {

    private static final Set<ReviewAction> PACKAGE_STEPS =
            EnumSet.of(
                    ReviewAction.SUBMIT,
                    ReviewAction.APPROVE,
                    ReviewAction.REJECT,
                    ReviewAction.PUBLISH);

    /** The longest reopening reason the package keeps (its column's width). */
    static final int MAX_REASON = 2000;

    /** SPEC §11: a rep may appeal within 3 working days of publication. */
    static final int APPEAL_WORKING_DAYS = 3;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject ReviewAccess access;

    @Inject StoredResults results;

    @Inject WorkingCalendar calendar;

    @Inject ChangeWitness witness;

    @Inject ReviewNotices notices;

    @Inject ImprovementPlans plans;

    @Inject Event<PackageApproved> approved;

    @Inject Event<PackageReopened> reopenedEvent;

    /**
     * Opens the package of a completed run for an org unit, or returns the one already open. Drafts
     * improvement plans for the flagged reps of the scope.
     */
    public PackageSummary open(Caller caller, long runId, long orgUnitId) {
        if (access.roleFor(caller, orgUnitId, ReviewRole.PREPARER) == null) {
            access.requireVisible(caller, orgUnitId, "org-unit#" + orgUnitId);
            throw new AccessDeniedException("open review package");
        }
        RunFacts run =
                results.run(runId)
                        .filter(RunFacts::completed)
                        .orElseThrow(() -> new NotFoundException("completed run " + runId));
        List<ReviewPackage> existing =
                em.createNamedQuery("ReviewPackage.findByRunAndUnit", ReviewPackage.class)
                        .setParameter("run", runId)
                        .setParameter("unit", orgUnitId)
                        .getResultList();
        if (!existing.isEmpty()) {
            return summary(existing.get(0));
        }
        ReviewPackage created =
                new ReviewPackage(
                        runId, run.periodCode(), orgUnitId, caller.username(), Instant.now());
        em.persist(created);
        em.flush();
        audit(caller, "REVIEW_PACKAGE_OPENED", created, null, null);
        plans.draftFor(caller, run, results.results(runId, scopeOf(unit(orgUnitId))));
        return summary(created);
    }

    /** {@link #open} by the org unit's code, as the page asks for it. */
    public PackageSummary open(Caller caller, long runId, String unitCode) {
        OrgUnit unit =
                em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                        .setParameter("code", unitCode == null ? "" : unitCode.strip())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("org unit " + unitCode));
        return open(caller, runId, unit.getId());
    }

    /** The completed runs a package can be opened for. */
    public List<RunFacts> runs(Caller caller) {
        if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
            throw new AccessDeniedException("review runs");
        }
        return results.completedRuns(50);
    }

    /** Takes a package step: submit, approve, reject or publish. */
    public PackageSummary act(
            Caller caller, long packageId, ReviewAction action, long seenVersion, String comment) {
        if (!PACKAGE_STEPS.contains(action)) {
            throw new BusinessException(
                    "review.error.notAPackageStep", action + " is not a package step", action);
        }
        ReviewPackage pack = find(caller, packageId);
        if (pack.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(pack.getChangedBy());
        }
        if (runReopened(pack.getRunId())) {
            // Another package of this run was reopened: the period is reviewed on its next run.
            throw ReviewRefusedException.of(ReviewRules.decideOnReopenedVersion(action));
        }
        Instant now = Instant.now();
        decideAndApply(caller, pack, action, comment, now);
        afterStep(caller, pack, action, now);
        return summary(pack);
    }

    /**
     * HR reopens an approved or published package with a reason (SPEC §8, §11). The package and
     * every other approved or published package of the same run in the caller's scope become
     * REOPENED: readable with their results, steps, rep results and appeals, but closed for further
     * steps. The period may then be run again; the new run's results are reviewed in new packages.
     * The reps who saw a published result, the preparers and the administrators are told.
     */
    public PackageSummary reopen(Caller caller, long packageId, long seenVersion, String reason) {
        ReviewPackage pack = find(caller, packageId);
        if (pack.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(pack.getChangedBy());
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new BusinessException(
                    "review.reopen.reasonTooLong",
                    "the reason may have at most " + MAX_REASON + " characters",
                    String.valueOf(MAX_REASON));
        }
        Instant now = Instant.now();
        List<ReviewPackage> reopened = new ArrayList<>();
        decideAndApply(caller, pack, ReviewAction.REOPEN, reason, now);
        reopened.add(pack);
        for (ReviewPackage sibling :
                em.createNamedQuery("ReviewPackage.findReopenableOfRun", ReviewPackage.class)
                        .setParameter("run", pack.getRunId())
                        .getResultList()) {
            if (access.roleFor(caller, sibling.getOrgUnitId(), ReviewRole.APPROVER) != null) {
                decideAndApply(caller, sibling, ReviewAction.REOPEN, reason, now);
                reopened.add(sibling);
            }
        }
        for (ReviewPackage each : reopened) {
            tellReopened(caller, each);
        }
        notices.toRole(
                Role.ADMIN,
                NotificationKind.REOPENED,
                "/runs/index.xhtml",
                pack.getPeriodCode(),
                unit(pack.getOrgUnitId()).getCode(),
                caller.username(),
                pack.getReopenReason());
        reopenedEvent.fire(new PackageReopened(pack.getId()));
        return summary(pack);
    }

    /** Checks the rules, records the step and audits it; refuses with the rule's reason. */
    private void decideAndApply(
            Caller caller, ReviewPackage pack, ReviewAction action, String text, Instant now) {
        ReviewDecision decision =
                ReviewRules.decide(
                        pack.getStatus(),
                        action,
                        access.roleFor(caller, pack.getOrgUnitId(), ReviewRules.actorOf(action)),
                        caller.username(),
                        pack.getPreparedBy(),
                        text,
                        false);
        if (!decision.isAllowed()) {
            throw ReviewRefusedException.of(decision);
        }
        String before = pack.getStatus().name();
        ReviewStep step = pack.apply(action, caller.username(), text, now);
        try {
            em.persist(step);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(
                    witness.lastChangedBy(ReviewPackage.class, pack.getId()));
        }
        audit(caller, "REVIEW_" + action.name(), pack, before, text);
    }

    /**
     * The reps who were shown a result of the package, and its preparer, learn of the reopening.
     */
    private void tellReopened(Caller caller, ReviewPackage pack) {
        String unit = unit(pack.getOrgUnitId()).getCode();
        String[] args = {pack.getPeriodCode(), unit, caller.username(), pack.getReopenReason()};
        for (RepResult shown :
                em.createNamedQuery("RepResult.findByPackage", RepResult.class)
                        .setParameter("package", pack.getId())
                        .getResultList()) {
            notices.toEmployee(
                    shown.getEmployeeId(), NotificationKind.REOPENED, "/my/result.xhtml", args);
        }
        if (!caller.username().equals(pack.getPreparedBy())) {
            notices.toUser(
                    pack.getPreparedBy(),
                    NotificationKind.REOPENED,
                    "/review/package.xhtml?id=" + pack.getId(),
                    args);
        }
    }

    /** Whether HR reopened a package of the run: its other packages take no more steps. */
    boolean runReopened(long runId) {
        return em.createQuery(
                                "SELECT COUNT(p) FROM ReviewPackage p WHERE p.runId = :run"
                                        + " AND p.status = :reopened",
                                Long.class)
                        .setParameter("run", runId)
                        .setParameter("reopened", ReviewStatus.REOPENED)
                        .getSingleResult()
                > 0;
    }

    private void afterStep(Caller caller, ReviewPackage pack, ReviewAction action, Instant now) {
        String link = "/review/package.xhtml?id=" + pack.getId();
        String unit = unit(pack.getOrgUnitId()).getCode();
        switch (action) {
            case SUBMIT ->
                    notices.toHr(
                            NotificationKind.SUBMITTED_FOR_APPROVAL,
                            link,
                            pack.getPeriodCode(),
                            unit,
                            caller.username());
            case REJECT ->
                    notices.toUser(
                            pack.getPreparedBy(),
                            NotificationKind.REJECTED,
                            link,
                            pack.getPeriodCode(),
                            unit,
                            caller.username(),
                            pack.getLastComment());
            case APPROVE -> approved.fire(new PackageApproved(pack.getId()));
            case PUBLISH -> publish(caller, pack, now);
            default -> {}
        }
    }

    /** Each rep of the scope gets their result, with the appeal window from now. */
    private void publish(Caller caller, ReviewPackage pack, Instant now) {
        Instant until = calendar.windowEnd(now, APPEAL_WORKING_DAYS);
        for (RepFigures figures :
                results.results(pack.getRunId(), scopeOf(unit(pack.getOrgUnitId())))) {
            boolean already =
                    !em.createQuery(
                                    "SELECT r.id FROM RepResult r WHERE r.runId = :run"
                                            + " AND r.employeeId = :employee",
                                    Long.class)
                            .setParameter("run", pack.getRunId())
                            .setParameter("employee", figures.employeeId())
                            .getResultList()
                            .isEmpty();
            if (!already) {
                em.persist(
                        new RepResult(
                                pack.getId(),
                                pack.getRunId(),
                                figures.employeeId(),
                                now,
                                until,
                                caller.username()));
                notices.toEmployee(
                        figures.employeeId(),
                        NotificationKind.PUBLISHED,
                        "/my/result.xhtml",
                        pack.getPeriodCode());
            }
        }
    }

    public PackageSummary view(Caller caller, long packageId) {
        return summary(find(caller, packageId));
    }

    /** The packages of the caller's scope, newest first (a run has a few dozen at most). */
    public List<PackageSummary> list(Caller caller, int max) {
        return em.createQuery(
                        "SELECT p FROM ReviewPackage p ORDER BY p.id DESC", ReviewPackage.class)
                .setMaxResults(2_000)
                .getResultStream()
                .filter(p -> access.canSee(caller, p.getOrgUnitId()))
                .limit(max)
                .map(this::summary)
                .toList();
    }

    public ReviewPackage find(Caller caller, long packageId) {
        ReviewPackage pack = em.find(ReviewPackage.class, packageId);
        if (pack == null) {
            throw new NotFoundException("review package " + packageId);
        }
        access.requireVisible(caller, pack.getOrgUnitId(), "review-package#" + packageId);
        return pack;
    }

    public OrgUnit unit(long orgUnitId) {
        OrgUnit unit = em.find(OrgUnit.class, orgUnitId);
        if (unit == null) {
            throw new NotFoundException("org unit " + orgUnitId);
        }
        return unit;
    }

    static ResultScope scopeOf(OrgUnit unit) {
        return switch (unit.getKind()) {
            case COMPANY -> ResultScope.company();
            case REGION -> new ResultScope(ResultScope.Level.REGION, unit.getCode());
            case TEAM -> new ResultScope(ResultScope.Level.TEAM, unit.getCode());
        };
    }

    public PackageSummary summary(ReviewPackage p) {
        OrgUnit unit = em.find(OrgUnit.class, p.getOrgUnitId());
        List<PackageSummary.Step> steps =
                p.getId() == null
                        ? List.of()
                        : em.createNamedQuery("ReviewStep.findByPackage", ReviewStep.class)
                                .setParameter("package", p.getId())
                                .getResultStream()
                                .map(
                                        s ->
                                                new PackageSummary.Step(
                                                        s.getAction(),
                                                        s.getActor(),
                                                        s.getActedAt(),
                                                        s.getFromStatus(),
                                                        s.getToStatus(),
                                                        s.getComment()))
                                .toList();
        return new PackageSummary(
                p.getId(),
                p.getRunId(),
                p.getPeriodCode(),
                p.getOrgUnitId(),
                unit == null ? "?" : unit.getCode(),
                unit == null ? "?" : unit.name(Locale.ENGLISH),
                p.getStatus(),
                p.getPreparedBy(),
                p.getSubmittedAt(),
                p.getReviewedBy(),
                p.getApprovedBy(),
                p.getApprovedAt(),
                p.getPublishedBy(),
                p.getPublishedAt(),
                p.getLastComment(),
                p.getChangedBy(),
                p.getVersion(),
                steps,
                p.isReopened()
                        ? new PackageSummary.Reopening(
                                p.getReopenedBy(),
                                p.getReopenedAt(),
                                p.getReopenReason(),
                                currentRunAfter(p.getRunId()))
                        : null);
    }

    /** The completed run that replaced a reopened package's run, if there is one yet. */
    private Long currentRunAfter(long runId) {
        return results.run(runId)
                .flatMap(old -> results.currentRun(old.periodCode(), old.schemeCode()))
                .map(RunFacts::runId)
                .filter(current -> current != runId)
                .orElse(null);
    }

    private void audit(
            Caller caller, String action, ReviewPackage pack, String before, String reason) {
        auditTrail.record(
                AuditEvent.of(caller.username(), action, "ReviewPackage", pack.getId())
                        .before(before == null ? null : state(before))
                        .after(
                                JsonbBuilder.create()
                                        .toJson(
                                                new PackageState(
                                                        pack.getRunId(),
                                                        pack.getOrgUnitId(),
                                                        pack.getStatus().name(),
                                                        pack.getPreparedBy())))
                        .because(reason));
    }

    private static String state(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    /** What the audit entry of a package step records. */
    public record PackageState(long runId, long orgUnitId, String status, String preparedBy) {}
}
