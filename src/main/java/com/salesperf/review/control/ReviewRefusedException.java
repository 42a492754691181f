package com.salesperf.review.control;

import com.salesperf.platform.control.BusinessException;

/**
 * A review step the rules refuse because of the item's state, a missing text or a closed appeal
 * window (422 at the API). Refusals of the person are {@link ReviewForbiddenException}.
 */
public class ReviewRefusedException extends BusinessException {

    public ReviewRefusedException(ReviewDecision decision) {
        super(
                decision.refusal().messageKey(),
                RefusalTexts.english(decision),
                decision.arguments().toArray());
    }

    /** The matching exception for a refused decision. */
    public static BusinessException of(ReviewDecision decision) {
        return switch (decision.refusal()) {
            case NOT_YOUR_STEP, APPROVER_IS_PREPARER -> new ReviewForbiddenException(decision);
            default -> new ReviewRefusedException(decision);
        };
    }
}
