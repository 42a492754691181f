package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.control.DataScope;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.AttachmentPolicy;
import com.salesperf.review.control.EffectiveFigures;
import com.salesperf.review.control.MyResult;
import com.salesperf.review.control.RepFigures;
import com.salesperf.review.control.ReviewAction;
import com.salesperf.review.control.ReviewDecision;
import com.salesperf.review.control.ReviewRefusedException;
import com.salesperf.review.control.ReviewRole;
import com.salesperf.review.control.ReviewRules;
import com.salesperf.review.entity.Appeal;
import com.salesperf.review.entity.AppealDecision;
import com.salesperf.review.entity.RepResult;
import com.salesperf.review.entity.ReviewPackage;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rep's published result: acknowledge it, or appeal in writing within 3 working days (with an
 * optional attachment); HR upholds the appeal with adjusted figures (a new version of the result,
 * linked to the old through the adjustments) or dismisses it, in writing either way.
 */
@Stateless
public class Appeals {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject DataScope dataScope;

    @Inject StoredResults results;

    @Inject Adjustments adjustments;

    @Inject ChangeWitness witness;

    @Inject ReviewNotices notices;

    /** The caller's own published results, newest first. */
    public List<MyResult> mine(Caller caller) {
        if (caller.employeeId() == null) {
            return List.of();
        }
        return em.createNamedQuery("RepResult.findByEmployee", RepResult.class)
                .setParameter("employee", caller.employeeId())
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** One published result: its rep, or HR/managers whose scope holds the rep. */
    public MyResult result(Caller caller, long repResultId) {
        return view(readable(caller, repResultId));
    }

    public MyResult acknowledge(Caller caller, long repResultId, long seenVersion) {
        RepResult result = step(caller, repResultId, seenVersion, ReviewAction.ACKNOWLEDGE, null);
        return saved(caller, result, "RESULT_ACKNOWLEDGED", null);
    }

    /**
     * Files an appeal. The attachment is optional (name and bytes both null); when given it must be
     * a PDF, PNG or JPEG of at most 2 MB.
     */
    public MyResult appeal(
            Caller caller,
            long repResultId,
            long seenVersion,
            String text,
            String attachmentName,
            byte[] attachment) {
        if (attachment != null) {
            AttachmentPolicy.check(attachment)
                    .ifPresent(
                            p -> {
                                throw new BusinessException(
                                        p.messageKey(), "attachment refused: " + p, "2 MB");
                            });
        }
        RepResult result = step(caller, repResultId, seenVersion, ReviewAction.APPEAL, text);
        Appeal appeal = new Appeal(result.getId(), caller.username(), Instant.now(), text);
        if (attachment != null) {
            appeal.attach(
                    AttachmentPolicy.safeName(attachmentName),
                    AttachmentPolicy.kindOf(attachment).orElseThrow().mediaType(),
                    attachment);
        }
        em.persist(appeal);
        MyResult view = saved(caller, result, "RESULT_APPEALED", text.strip());
        notices.toHr(
                NotificationKind.APPEAL_FILED,
                "/review/appeals.xhtml",
                periodOf(result),
                caller.username());
        return view;
    }

    /** The undecided appeals of the reps in the caller's scope (HR), oldest first. */
    public List<MyResult> openAppeals(Caller caller) {
        if (!caller.has(Role.HR)) {
            throw new com.salesperf.platform.control.AccessDeniedException("appeals");
        }
        return em.createNamedQuery("Appeal.findOpen", Appeal.class)
                .setMaxResults(500)
                .getResultStream()
                .map(a -> em.find(RepResult.class, a.getRepResultId()))
                .filter(r -> inScope(caller, r))
                .map(this::view)
                .toList();
    }

    /**
     * HR upholds the appeal: the figures change by adjustments that name the appeal, the result's
     * version goes up, and the decision is kept.
     *
     * @param changes new values by figure; at least one
     */
    public MyResult uphold(
            Caller caller,
            long repResultId,
            long seenVersion,
            String decision,
            Map<AdjustableFigure, String> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new BusinessException(
                    "review.appeal.changesRequired",
                    "an upheld appeal changes at least one figure");
        }
        RepResult result =
                step(caller, repResultId, seenVersion, ReviewAction.UPHOLD_APPEAL, decision);
        Appeal appeal = openAppeal(result);
        appeal.decide(AppealDecision.UPHELD, decision, caller.username(), Instant.now());
        RepFigures computed = computed(result);
        changes.forEach(
                (field, value) ->
                        adjustments.record(
                                caller,
                                computed,
                                result.getRunId(),
                                null,
                                appeal.getId(),
                                result.getResultVersion(),
                                field,
                                value,
                                decision));
        return decided(caller, result, "APPEAL_UPHELD", decision);
    }

    public MyResult dismiss(Caller caller, long repResultId, long seenVersion, String decision) {
        RepResult result =
                step(caller, repResultId, seenVersion, ReviewAction.DISMISS_APPEAL, decision);
        openAppeal(result)
                .decide(AppealDecision.DISMISSED, decision, caller.username(), Instant.now());
        return decided(caller, result, "APPEAL_DISMISSED", decision);
    }

    private MyResult decided(Caller caller, RepResult result, String action, String decision) {
        MyResult view = saved(caller, result, action, decision.strip());
        notices.toEmployee(
                result.getEmployeeId(),
                NotificationKind.APPEAL_DECIDED,
                "/my/result.xhtml",
                periodOf(result),
                action.replace("APPEAL_", ""));
        return view;
    }

    /** The attachment of an appeal, for its rep and HR. */
    public Attachment attachment(Caller caller, long repResultId) {
        RepResult result = readable(caller, repResultId);
        Appeal appeal = latestAppeal(result);
        if (appeal == null || appeal.getAttachmentName() == null) {
            throw new NotFoundException("attachment");
        }
        return new Attachment(
                appeal.getAttachmentName(), appeal.getAttachmentType(), appeal.getAttachmentData());
    }

    /** An appeal's attachment as stored. */
    public record Attachment(String name, String mediaType, byte[] data) {}

    /** Checks scope, version and rules, then moves the result (upholding raises its version). */
    private RepResult step(
            Caller caller, long repResultId, long seenVersion, ReviewAction action, String text) {
        RepResult result = readable(caller, repResultId);
        if (result.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(result.getChangedBy());
        }
        if (reopened(result)) {
            ReviewDecision onOldVersion = ReviewRules.decideOnReopenedVersion(action);
            if (!onOldVersion.isAllowed()) {
                throw ReviewRefusedException.of(onOldVersion);
            }
        }
        Instant now = Instant.now();
        ReviewDecision decision =
                ReviewRules.decide(
                        result.getStatus(),
                        action,
                        roleFor(caller, result, ReviewRules.actorOf(action)),
                        caller.username(),
                        null,
                        text,
                        result.appealWindowOpen(now));
        if (!decision.isAllowed()) {
            throw ReviewRefusedException.of(decision);
        }
        result.apply(action, caller.username(), now);
        return result;
    }

    private MyResult saved(Caller caller, RepResult result, String action, String reason) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(
                    witness.lastChangedBy(RepResult.class, result.getId()));
        }
        auditTrail.record(
                AuditEvent.of(caller.username(), action, "RepResult", result.getId())
                        .after(
                                "{\"runId\":"
                                        + result.getRunId()
                                        + ",\"employeeId\":"
                                        + result.getEmployeeId()
                                        + ",\"status\":\""
                                        + result.getStatus()
                                        + "\",\"resultVersion\":"
                                        + result.getResultVersion()
                                        + "}")
                        .because(reason));
        return view(result);
    }

    private ReviewRole roleFor(Caller caller, RepResult result, ReviewRole needed) {
        return switch (needed) {
            case SUBJECT ->
                    Long.valueOf(result.getEmployeeId()).equals(caller.employeeId())
                            ? needed
                            : null;
            case APPROVER -> caller.has(Role.HR) && inScope(caller, result) ? needed : null;
            case PREPARER -> null;
        };
    }

    private RepResult readable(Caller caller, long repResultId) {
        RepResult result = em.find(RepResult.class, repResultId);
        boolean own =
                result != null && Long.valueOf(result.getEmployeeId()).equals(caller.employeeId());
        if (result == null
                || !(own
                        || (caller.hasAny(Role.HR, Role.MANAGER, Role.ADMIN)
                                && inScope(caller, result)))) {
            SecurityLog.accessRefused(caller.username(), "rep-result#" + repResultId, "-");
            throw new NotFoundException("result " + repResultId);
        }
        return result;
    }

    private boolean inScope(Caller caller, RepResult result) {
        var visibility = dataScope.of(caller);
        if (visibility.everything()) {
            return true;
        }
        Employee employee = em.find(Employee.class, result.getEmployeeId());
        return employee != null && visibility.canSeeUnit(employee.getOrgUnit().getId());
    }

    private String periodOf(RepResult result) {
        ReviewPackage pack = em.find(ReviewPackage.class, result.getPackageId());
        return pack == null ? "" : pack.getPeriodCode();
    }

    private Appeal openAppeal(RepResult result) {
        Appeal appeal = latestAppeal(result);
        if (appeal == null || appeal.getDecision() != null) {
            throw new NotFoundException("open appeal of result " + result.getId());
        }
        return appeal;
    }

    private Appeal latestAppeal(RepResult result) {
        return em.createNamedQuery("Appeal.findByRepResult", Appeal.class)
                .setParameter("result", result.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private RepFigures computed(RepResult result) {
        return results.result(result.getRunId(), result.getEmployeeId())
                .orElseThrow(() -> new NotFoundException("stored result " + result.getId()));
    }

    /** Whether HR reopened the package the result was published in. */
    private boolean reopened(RepResult result) {
        ReviewPackage pack = em.find(ReviewPackage.class, result.getPackageId());
        return pack != null && pack.isReopened();
    }

    MyResult view(RepResult r) {
        boolean reopened = reopened(r);
        List<AdjustmentRow> changes = adjustments.of(r.getRunId(), r.getEmployeeId());
        RepFigures figures =
                results.result(r.getRunId(), r.getEmployeeId())
                        .map(f -> EffectiveFigures.apply(f, changes))
                        .orElse(null);
        Appeal a = latestAppeal(r);
        MyResult.AppealRow appeal =
                a == null
                        ? null
                        : new MyResult.AppealRow(
                                a.getId(),
                                a.getText(),
                                a.getFiledAt(),
                                a.getAttachmentName(),
                                a.getDecision() == null ? null : a.getDecision().name(),
                                a.getDecisionText(),
                                a.getDecidedBy(),
                                a.getDecidedAt());
        return new MyResult(
                r.getId(),
                r.getRunId(),
                r.getEmployeeId(),
                r.getStatus(),
                r.getPublishedAt(),
                r.getAppealUntil(),
                !reopened
                        && r.getStatus() == com.salesperf.review.control.ReviewStatus.PUBLISHED
                        && r.appealWindowOpen(Instant.now()),
                r.getResultVersion(),
                figures,
                changes,
                appeal,
                r.getVersion(),
                reopened);
    }
}
