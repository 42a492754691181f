package com.salesperf.review.control;

import java.util.List;

/**
 * The outcome of {@link ReviewRules#decide}: the new status, or the refusal with the arguments of
 * its message.
 */
public record ReviewDecision(ReviewStatus next, ReviewRefusal refusal, List<String> arguments) {

    public ReviewDecision {
        arguments = List.copyOf(arguments);
    }

    static ReviewDecision allowed(ReviewStatus next) {
        return new ReviewDecision(next, null, List.of());
    }

    static ReviewDecision refused(ReviewRefusal refusal, String... arguments) {
        return new ReviewDecision(null, refusal, List.of(arguments));
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}
