package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What happens when an indicator has no value because a measure has no data.
 *
 * @param fixedScore the score for {@link Action#FIXED_SCORE}; null otherwise
 */
public record NoDataRule(Action action, BigDecimal fixedScore) {

    public enum Action {
        /** The default: the indicator is left out and the other weights are scaled up to 100 %. */
        EXCLUDE_AND_RESCALE,
        /** The indicator scores its lowest band. */
        BOTTOM_BAND,
        /** The indicator scores {@link NoDataRule#fixedScore()}. */
        FIXED_SCORE
    }

    public static final NoDataRule EXCLUDE_AND_RESCALE =
            new NoDataRule(Action.EXCLUDE_AND_RESCALE, null);
    public static final NoDataRule BOTTOM_BAND = new NoDataRule(Action.BOTTOM_BAND, null);

    public NoDataRule {
        Objects.requireNonNull(action, "action");
        if (action == Action.FIXED_SCORE) {
            Objects.requireNonNull(fixedScore, "fixedScore is required for FIXED_SCORE");
        } else {
            fixedScore = null;
        }
    }

    public static NoDataRule fixedScore(BigDecimal score) {
        return new NoDataRule(Action.FIXED_SCORE, score);
    }
}
