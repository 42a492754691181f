package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.TierDefinition;
import java.math.BigDecimal;

/**
 * A rep's tier and bonus for the period.
 *
 * @param tier null when no tier qualified (coefficient 0 then)
 * @param previousCompletionRate null when unknown
 * @param modifierFactor product of the applied payout modifiers' factors (1 when none)
 * @param tierPart baseBonus × coefficient × modifierFactor, unrounded
 * @param commission over-target commission, unrounded
 * @param bonus tierPart + commission, rounded half-up to 2 decimals (the only rounding)
 */
public record Incentive(
        BigDecimal completionRate,
        BigDecimal previousCompletionRate,
        TierDefinition tier,
        BigDecimal coefficient,
        BigDecimal modifierFactor,
        BigDecimal tierPart,
        BigDecimal commission,
        BigDecimal bonus,
        String currency,
        Trace trace) {

    public String tierCode() {
        return tier == null ? null : tier.code();
    }

    public boolean requiresImprovementPlan() {
        return tier != null && tier.requiresImprovementPlan();
    }
}
