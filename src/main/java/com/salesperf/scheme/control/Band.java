package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Maps indicator values in a range to a score (0-100).
 *
 * @param lower null for minus infinity
 * @param upper null for plus infinity
 * @param adminChoice the band was not in the source and an administrator chose it (e.g. the 80-100
 *     % completion band the template left uncovered); editors and traces show it
 * @param note why, for an administrator's choice; may be empty
 */
public record Band(
        BigDecimal lower,
        boolean lowerInclusive,
        BigDecimal upper,
        boolean upperInclusive,
        BigDecimal score,
        boolean adminChoice,
        String note) {

    public Band {
        Objects.requireNonNull(score, "score");
        note = note == null ? "" : note;
    }

    /** [lower, upper) with the given score; null bounds are infinite. */
    public static Band of(BigDecimal lower, BigDecimal upper, BigDecimal score) {
        return new Band(lower, true, upper, false, score, false, "");
    }

    public Band asAdminChoice(String why) {
        return new Band(lower, lowerInclusive, upper, upperInclusive, score, true, why);
    }

    public Interval interval() {
        return new Interval(lower, lowerInclusive, upper, upperInclusive);
    }

    public boolean contains(BigDecimal value) {
        return interval().contains(value);
    }
}
