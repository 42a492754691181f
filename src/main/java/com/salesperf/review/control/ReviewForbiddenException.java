package com.salesperf.review.control;

import com.salesperf.platform.control.AccessDeniedException;

/**
 * The person may not take this step: it is not theirs, or they prepared what they try to approve
 * (segregation of duties). 403 at the API, with the rule's own message.
 */
public class ReviewForbiddenException extends AccessDeniedException {

    public ReviewForbiddenException(ReviewDecision decision) {
        super(
                decision.refusal().messageKey(),
                RefusalTexts.english(decision),
                decision.arguments().toArray());
    }
}
