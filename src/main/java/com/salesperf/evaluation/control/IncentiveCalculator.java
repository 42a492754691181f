package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.BONUS;
import static com.salesperf.evaluation.control.TraceCode.COMPLETION;
import static com.salesperf.evaluation.control.TraceCode.NO_BASE_BONUS;

import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.PlanValidator;
import com.salesperf.scheme.control.TierDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tier and bonus under one plan: bonus = base bonus × tier coefficient × Π payout modifiers +
 * over-target commission, exact until one half-up rounding to 2 decimals at the end. Needs the
 * rep's region rank (after the whole population is ranked) for top-of-region tiers. Thread-safe.
 */
public final class IncentiveCalculator {

    private final PlanDefinition plan;

    /**
     * @throws InvalidDefinitionException when the plan has validation errors
     */
    public IncentiveCalculator(PlanDefinition plan) {
        InvalidDefinitionException.requireNoErrors(
                "Plan " + plan.code() + " v" + plan.version(), PlanValidator.validate(plan));
        this.plan = plan;
    }

    public PlanDefinition plan() {
        return plan;
    }

    /**
     * @param regionRank the rep's rank in its region; null when the rep has no region
     * @throws IllegalArgumentException when the rep is not evaluable (no target or no sales)
     */
    public Incentive calculate(RepInput rep, GroupRank regionRank) {
        BigDecimal completion = Completion.current(rep);
        BigDecimal previous = Completion.previous(rep);
        List<TraceEntry> trace = new ArrayList<>();
        trace.add(TraceEntry.of(COMPLETION, "completion", completion, "previous", previous));
        TierDefinition tier =
                TierSelection.select(plan.tiers(), completion, previous, regionRank, trace);
        BigDecimal coefficient = tier == null ? BigDecimal.ZERO : tier.coefficient();
        BigDecimal factor = PayoutModifiers.factor(plan.modifiers(), rep, trace);
        BigDecimal commission = Commission.of(plan.commission(), rep, completion, trace);
        BigDecimal tierPart = baseBonus(rep, trace).multiply(coefficient).multiply(factor);
        BigDecimal unrounded = tierPart.add(commission);
        BigDecimal bonus = unrounded.setScale(2, RoundingMode.HALF_UP);
        trace.add(
                TraceEntry.of(
                        BONUS,
                        "baseBonus",
                        rep.baseBonus(),
                        "coefficient",
                        coefficient,
                        "modifierFactor",
                        factor,
                        "tierPart",
                        tierPart,
                        "commission",
                        commission,
                        "unrounded",
                        unrounded,
                        "bonus",
                        bonus,
                        "currency",
                        plan.currency()));
        return new Incentive(
                completion,
                previous,
                tier,
                coefficient,
                factor,
                tierPart,
                commission,
                bonus,
                plan.currency(),
                new Trace(trace));
    }

    // A rep without a base bonus still earns commission; the trace says the base part is missing.
    private static BigDecimal baseBonus(RepInput rep, List<TraceEntry> trace) {
        if (rep.baseBonus() == null) {
            trace.add(TraceEntry.of(NO_BASE_BONUS));
            return BigDecimal.ZERO;
        }
        return rep.baseBonus();
    }
}
