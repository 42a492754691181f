package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An incentive tier (激励等级). A rep qualifies when (completion is in [completionFrom, completionTo)
 * AND, if set, completion rose by at least minImprovementPoints percentage points over the previous
 * period) OR, if set, the rep's region rank r of N satisfies r &lt;= ceil(regionTopPercent / 100 *
 * N). Of the tiers a rep qualifies for, the highest rank applies.
 *
 * @param rank higher is better
 * @param completionFrom inclusive percent; null for minus infinity
 * @param completionTo exclusive percent; null for plus infinity
 * @param minImprovementPoints null when no improvement is required
 * @param regionTopPercent null when the tier has no top-of-region path
 * @param coefficient multiplies the base bonus
 * @param requiresImprovementPlan the rep must submit an improvement plan
 * @param adminChoice not in the source; an administrator added it (e.g. "Standard")
 */
public record TierDefinition(
        String code,
        String nameZh,
        String nameEn,
        int rank,
        BigDecimal completionFrom,
        BigDecimal completionTo,
        BigDecimal minImprovementPoints,
        BigDecimal regionTopPercent,
        BigDecimal coefficient,
        String awardZh,
        String awardEn,
        boolean requiresImprovementPlan,
        boolean adminChoice) {

    public TierDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(coefficient, "coefficient");
    }

    public Interval completionRange() {
        return Interval.closedOpen(completionFrom, completionTo);
    }

    /**
     * Whether completion alone (without improvement) can qualify, i.e. the range is a plain ladder
     * step.
     */
    public boolean qualifiesByCompletionAlone() {
        return minImprovementPoints == null;
    }
}
