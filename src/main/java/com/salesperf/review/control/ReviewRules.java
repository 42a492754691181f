package com.salesperf.review.control;

import java.util.Map;

/**
 * The rules of SPEC §11 in one place: which state an action may start from, who may take it, which
 * actions need a written text, and segregation of duties (the approver is never the preparer).
 * Pure: the boundary supplies the facts, these rules decide.
 */
public final class ReviewRules {

    private static final Map<ReviewAction, ReviewRole> ACTOR =
            Map.of(
                    ReviewAction.SUBMIT, ReviewRole.PREPARER,
                    ReviewAction.APPROVE, ReviewRole.APPROVER,
                    ReviewAction.REJECT, ReviewRole.APPROVER,
                    ReviewAction.PUBLISH, ReviewRole.APPROVER,
                    ReviewAction.ACKNOWLEDGE, ReviewRole.SUBJECT,
                    ReviewAction.APPEAL, ReviewRole.SUBJECT,
                    ReviewAction.UPHOLD_APPEAL, ReviewRole.APPROVER,
                    ReviewAction.DISMISS_APPEAL, ReviewRole.APPROVER,
                    ReviewAction.REOPEN, ReviewRole.APPROVER);

    private ReviewRules() {}

    /** The part a person must play to take the action. */
    public static ReviewRole actorOf(ReviewAction action) {
        return ACTOR.get(action);
    }

    /**
     * Decides one step.
     *
     * @param actorRole the part the acting person may play for this item (null when none)
     * @param actor the acting user's name
     * @param preparer who submitted the package (null before submission)
     * @param text the comment, reason, appeal text or decision given with the step
     * @param appealWindowOpen whether the rep is still within the appeal window
     */
    public static ReviewDecision decide(
            ReviewStatus current,
            ReviewAction action,
            ReviewRole actorRole,
            String actor,
            String preparer,
            String text,
            boolean appealWindowOpen) {
        if (!action.allowedFrom(current)) {
            return ReviewDecision.refused(ReviewRefusal.WRONG_STATE, action.name(), current.name());
        }
        if (actorRole != ACTOR.get(action)) {
            return ReviewDecision.refused(ReviewRefusal.NOT_YOUR_STEP, action.name());
        }
        if (action == ReviewAction.APPROVE && actor.equals(preparer)) {
            return ReviewDecision.refused(ReviewRefusal.APPROVER_IS_PREPARER, actor);
        }
        if (action.needsText() && (text == null || text.isBlank())) {
            return ReviewDecision.refused(ReviewRefusal.TEXT_REQUIRED, action.name());
        }
        if (action == ReviewAction.APPEAL && !appealWindowOpen) {
            return ReviewDecision.refused(ReviewRefusal.APPEAL_WINDOW_CLOSED);
        }
        return ReviewDecision.allowed(action.target());
    }

    /**
     * Decides a step on a version HR reopened (a result of a reopened package, or another package
     * of its run): the old version stays readable and a pending appeal is still decided on it, but
     * no other step is taken on it; the period's new run is reviewed instead.
     */
    public static ReviewDecision decideOnReopenedVersion(ReviewAction action) {
        if (action == ReviewAction.UPHOLD_APPEAL || action == ReviewAction.DISMISS_APPEAL) {
            return ReviewDecision.allowed(action.target());
        }
        return ReviewDecision.refused(ReviewRefusal.VERSION_REOPENED);
    }
}
