package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewRulesTest {

    /** The whole workflow of SPEC §11 written out once, independently of ReviewAction's table. */
    private static final Map<ReviewAction, Set<ReviewStatus>> ALLOWED_FROM =
            Map.of(
                    ReviewAction.SUBMIT, EnumSet.of(ReviewStatus.CALCULATED),
                    ReviewAction.APPROVE, EnumSet.of(ReviewStatus.SUBMITTED),
                    ReviewAction.REJECT, EnumSet.of(ReviewStatus.SUBMITTED),
                    ReviewAction.PUBLISH, EnumSet.of(ReviewStatus.APPROVED),
                    ReviewAction.ACKNOWLEDGE, EnumSet.of(ReviewStatus.PUBLISHED),
                    ReviewAction.APPEAL, EnumSet.of(ReviewStatus.PUBLISHED),
                    ReviewAction.UPHOLD_APPEAL, EnumSet.of(ReviewStatus.APPEALED),
                    ReviewAction.DISMISS_APPEAL, EnumSet.of(ReviewStatus.APPEALED),
                    ReviewAction.REOPEN, EnumSet.of(ReviewStatus.APPROVED, ReviewStatus.PUBLISHED));

    private static final Map<ReviewAction, ReviewStatus> LEADS_TO =
            Map.of(
                    ReviewAction.SUBMIT, ReviewStatus.SUBMITTED,
                    ReviewAction.APPROVE, ReviewStatus.APPROVED,
                    ReviewAction.REJECT, ReviewStatus.CALCULATED,
                    ReviewAction.PUBLISH, ReviewStatus.PUBLISHED,
                    ReviewAction.ACKNOWLEDGE, ReviewStatus.ACKNOWLEDGED,
                    ReviewAction.APPEAL, ReviewStatus.APPEALED,
                    ReviewAction.UPHOLD_APPEAL, ReviewStatus.FINAL,
                    ReviewAction.DISMISS_APPEAL, ReviewStatus.FINAL,
                    ReviewAction.REOPEN, ReviewStatus.REOPENED);

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

    static Stream<Arguments> everyStateAndAction() {
        return EnumSet.allOf(ReviewStatus.class).stream()
                .flatMap(
                        status ->
                                EnumSet.allOf(ReviewAction.class).stream()
                                        .map(action -> Arguments.of(status, action)));
    }

    private static ReviewDecision decideProperly(ReviewStatus status, ReviewAction action) {
        return ReviewRules.decide(
                status, action, ACTOR.get(action), "hr", "mgr.east", "because", true);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndAction")
    void eachActionIsAllowedExactlyFromItsStatesAndLeadsToItsTarget(
            ReviewStatus status, ReviewAction action) {
        ReviewDecision decision = decideProperly(status, action);

        if (ALLOWED_FROM.get(action).contains(status)) {
            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.next()).isEqualTo(LEADS_TO.get(action));
        } else {
            assertThat(decision.refusal()).isEqualTo(ReviewRefusal.WRONG_STATE);
            assertThat(decision.arguments()).containsExactly(action.name(), status.name());
        }
    }

    @ParameterizedTest(name = "{0} by the wrong person")
    @MethodSource("everyAction")
    void onlyThePersonWhoseStepItIsMayTakeIt(ReviewAction action) {
        ReviewStatus from = ALLOWED_FROM.get(action).iterator().next();
        for (ReviewRole role : ReviewRole.values()) {
            ReviewDecision decision =
                    ReviewRules.decide(from, action, role, "hr", "mgr.east", "because", true);
            assertThat(decision.isAllowed()).as(role.name()).isEqualTo(role == ACTOR.get(action));
        }
        assertThat(ReviewRules.decide(from, action, null, "x", "y", "because", true).refusal())
                .isEqualTo(ReviewRefusal.NOT_YOUR_STEP);
    }

    static Stream<ReviewAction> everyAction() {
        return EnumSet.allOf(ReviewAction.class).stream();
    }

    @Test
    void thePreparerCanNeverApproveTheirOwnSubmission() {
        ReviewDecision decision =
                ReviewRules.decide(
                        ReviewStatus.SUBMITTED,
                        ReviewAction.APPROVE,
                        ReviewRole.APPROVER,
                        "hr",
                        "hr",
                        null,
                        true);

        assertThat(decision.refusal()).isEqualTo(ReviewRefusal.APPROVER_IS_PREPARER);
        assertThat(decision.arguments()).containsExactly("hr");
    }

    @Test
    void aRejectionNeedsAComment() {
        for (String missing : new String[] {null, "", "   "}) {
            ReviewDecision decision =
                    ReviewRules.decide(
                            ReviewStatus.SUBMITTED,
                            ReviewAction.REJECT,
                            ReviewRole.APPROVER,
                            "hr",
                            "mgr.east",
                            missing,
                            true);
            assertThat(decision.refusal()).isEqualTo(ReviewRefusal.TEXT_REQUIRED);
        }
    }

    @Test
    void approvingAndPublishingNeedNoText() {
        assertThat(
                        ReviewRules.decide(
                                        ReviewStatus.SUBMITTED,
                                        ReviewAction.APPROVE,
                                        ReviewRole.APPROVER,
                                        "hr",
                                        "mgr.east",
                                        null,
                                        true)
                                .next())
                .isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void anAppealAfterTheWindowIsRefused() {
        ReviewDecision late =
                ReviewRules.decide(
                        ReviewStatus.PUBLISHED,
                        ReviewAction.APPEAL,
                        ReviewRole.SUBJECT,
                        "s001",
                        "mgr.east",
                        "my sales of 28 Sep are missing",
                        false);
        assertThat(late.refusal()).isEqualTo(ReviewRefusal.APPEAL_WINDOW_CLOSED);

        ReviewDecision acknowledgedLate =
                ReviewRules.decide(
                        ReviewStatus.PUBLISHED,
                        ReviewAction.ACKNOWLEDGE,
                        ReviewRole.SUBJECT,
                        "s001",
                        "mgr.east",
                        null,
                        false);
        assertThat(acknowledgedLate.next()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    }

    @Test
    void repsSeeResultsOnlyOncePublished() {
        assertThat(ReviewStatus.CALCULATED.visibleToRep()).isFalse();
        assertThat(ReviewStatus.SUBMITTED.visibleToRep()).isFalse();
        assertThat(ReviewStatus.APPROVED.visibleToRep()).isFalse();
        assertThat(ReviewStatus.PUBLISHED.visibleToRep()).isTrue();
        assertThat(ReviewStatus.APPEALED.visibleToRep()).isTrue();
        assertThat(ReviewStatus.FINAL.visibleToRep()).isTrue();
        assertThat(ReviewStatus.REOPENED.visibleToRep()).isFalse();
    }

    @Test
    void onlyHrReopensAnApprovedOrPublishedPackageAndOnlyWithAReason() {
        for (ReviewStatus approved : EnumSet.of(ReviewStatus.APPROVED, ReviewStatus.PUBLISHED)) {
            for (String missing : new String[] {null, "", "  \n "}) {
                assertThat(
                                ReviewRules.decide(
                                                approved,
                                                ReviewAction.REOPEN,
                                                ReviewRole.APPROVER,
                                                "hr",
                                                "mgr.east",
                                                missing,
                                                false)
                                        .refusal())
                        .isEqualTo(ReviewRefusal.TEXT_REQUIRED);
            }
            assertThat(
                            ReviewRules.decide(
                                            approved,
                                            ReviewAction.REOPEN,
                                            ReviewRole.PREPARER,
                                            "mgr.east",
                                            "mgr.east",
                                            "late collections",
                                            false)
                                    .refusal())
                    .isEqualTo(ReviewRefusal.NOT_YOUR_STEP);
            ReviewDecision reopened =
                    ReviewRules.decide(
                            approved,
                            ReviewAction.REOPEN,
                            ReviewRole.APPROVER,
                            "hr",
                            "mgr.east",
                            "late collections",
                            false);
            assertThat(reopened.next()).isEqualTo(ReviewStatus.REOPENED);
        }
    }

    @Test
    void aReopenedPackageIsNeitherReopenedAgainNorSteppedOn() {
        for (ReviewAction action : ReviewAction.values()) {
            assertThat(
                            ReviewRules.decide(
                                            ReviewStatus.REOPENED,
                                            action,
                                            ReviewRules.actorOf(action),
                                            "hr",
                                            "mgr.east",
                                            "text",
                                            true)
                                    .refusal())
                    .as(action.name())
                    .isEqualTo(ReviewRefusal.WRONG_STATE);
        }
    }

    @Test
    void onAReopenedVersionOnlyAPendingAppealIsStillDecided() {
        for (ReviewAction action : ReviewAction.values()) {
            ReviewDecision decision = ReviewRules.decideOnReopenedVersion(action);
            boolean decidesAnAppeal =
                    action == ReviewAction.UPHOLD_APPEAL || action == ReviewAction.DISMISS_APPEAL;
            assertThat(decision.isAllowed()).as(action.name()).isEqualTo(decidesAnAppeal);
            if (!decidesAnAppeal) {
                assertThat(decision.refusal()).isEqualTo(ReviewRefusal.VERSION_REOPENED);
                assertThat(ReviewRefusedException.of(decision).messageKey())
                        .isEqualTo("review.refused.VERSION_REOPENED");
            }
        }
    }
}
