package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

class ReviewRefusalMappingTest {

    @Test
    void thePreparerApprovingIsAnAccessRefusalWithItsOwnMessage() {
        ReviewDecision decision =
                ReviewRules.decide(
                        ReviewStatus.SUBMITTED,
                        ReviewAction.APPROVE,
                        ReviewRole.APPROVER,
                        "hr",
                        "hr",
                        null,
                        false);
        BusinessException e = ReviewRefusedException.of(decision);
        assertThat(e).isInstanceOf(AccessDeniedException.class);
        assertThat(e.messageKey()).isEqualTo("review.refused.APPROVER_IS_PREPARER");
        assertThat(e.getMessage()).contains("hr prepared this package").contains("segregation");
    }

    @Test
    void aClosedAppealWindowIsABusinessRefusalNotAnAccessRefusal() {
        ReviewDecision decision =
                ReviewRules.decide(
                        ReviewStatus.PUBLISHED,
                        ReviewAction.APPEAL,
                        ReviewRole.SUBJECT,
                        "s001",
                        "mgr.east",
                        "my appeal",
                        false);
        BusinessException e = ReviewRefusedException.of(decision);
        assertThat(e).isNotInstanceOf(AccessDeniedException.class);
        assertThat(e.messageKey()).isEqualTo("review.refused.APPEAL_WINDOW_CLOSED");
    }
}
