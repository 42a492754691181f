package com.salesperf.review.control;

import java.util.List;

/** The English texts of review refusals for API clients and logs (pages use the bundles). */
final class RefusalTexts {

    private RefusalTexts() {}

    static String english(ReviewDecision decision) {
        List<String> a = decision.arguments();
        return switch (decision.refusal()) {
            case WRONG_STATE -> "cannot " + a.get(0) + " an item in state " + a.get(1);
            case NOT_YOUR_STEP -> "you may not take the step " + a.get(0) + " on this item";
            case APPROVER_IS_PREPARER ->
                    a.get(0)
                            + " prepared this package and cannot approve it; another person must"
                            + " approve (segregation of duties)";
            case TEXT_REQUIRED -> "the step " + a.get(0) + " needs a written comment or reason";
            case APPEAL_WINDOW_CLOSED ->
                    "the appeal window of 3 working days after publication has closed";
            case VERSION_REOPENED ->
                    "HR reopened this version of the results: it stays readable, but no further"
                            + " step is taken on it; the period's new run is reviewed instead";
        };
    }
}
