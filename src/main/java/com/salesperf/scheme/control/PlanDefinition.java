package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A versioned incentive plan: bonus = base bonus × tier coefficient × Π payout modifiers +
 * over-target commission, in {@code currency}.
 *
 * @param currency ISO 4217 code; null means CNY
 * @param bonusBudget the total the plan may cost in a period; null when none is set
 */
public record PlanDefinition(
        String code,
        int version,
        String nameZh,
        String nameEn,
        String currency,
        List<TierDefinition> tiers,
        List<PayoutModifier> modifiers,
        CommissionRule commission,
        BigDecimal bonusBudget) {

    public PlanDefinition {
        Objects.requireNonNull(code, "code");
        currency = currency == null ? "CNY" : currency;
        tiers = List.copyOf(tiers);
        modifiers = List.copyOf(modifiers);
        commission = commission == null ? CommissionRule.none() : commission;
    }
}
