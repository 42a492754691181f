package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.IMPROVEMENT_PLAN_REQUIRED;
import static com.salesperf.evaluation.control.TraceCode.NO_TIER_QUALIFIED;
import static com.salesperf.evaluation.control.TraceCode.TIER_ADMIN_CHOICE;
import static com.salesperf.evaluation.control.TraceCode.TIER_ASSIGNED;
import static com.salesperf.evaluation.control.TraceCode.TIER_IMPROVEMENT_NO_DATA;
import static com.salesperf.evaluation.control.TraceCode.TIER_QUALIFIED_BY_COMPLETION;
import static com.salesperf.evaluation.control.TraceCode.TIER_QUALIFIED_BY_IMPROVEMENT;
import static com.salesperf.evaluation.control.TraceCode.TIER_QUALIFIED_BY_REGION_TOP;

import com.salesperf.scheme.control.TierDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the highest-ranked tier a rep qualifies for. Tiers are tried best first and the first that
 * qualifies wins, so the trace shows only the paths that mattered.
 */
final class TierSelection {

    private final BigDecimal completion;
    private final BigDecimal previous;
    private final GroupRank regionRank;
    private final List<TraceEntry> trace;

    private TierSelection(
            BigDecimal completion,
            BigDecimal previous,
            GroupRank regionRank,
            List<TraceEntry> trace) {
        this.completion = completion;
        this.previous = previous;
        this.regionRank = regionRank;
        this.trace = trace;
    }

    /**
     * @return the tier, or null when none qualifies (the plan's ladder has a gap)
     */
    static TierDefinition select(
            List<TierDefinition> tiers,
            BigDecimal completion,
            BigDecimal previous,
            GroupRank regionRank,
            List<TraceEntry> trace) {
        TierSelection selection = new TierSelection(completion, previous, regionRank, trace);
        List<TierDefinition> bestFirst = new ArrayList<>(tiers);
        bestFirst.sort(Comparator.comparingInt(TierDefinition::rank).reversed());
        for (TierDefinition tier : bestFirst) {
            if (selection.qualifies(tier)) {
                selection.traceAssigned(tier);
                return tier;
            }
        }
        trace.add(TraceEntry.of(NO_TIER_QUALIFIED, "completion", completion));
        return null;
    }

    /** ceil(percent / 100 × size): with 5 %, the top rep of any region of up to 20 qualifies. */
    static int regionTopLimit(BigDecimal percent, int size) {
        return percent.multiply(BigDecimal.valueOf(size))
                .divide(Decimals.HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
    }

    private boolean qualifies(TierDefinition tier) {
        boolean byLadder = tier.completionRange().contains(completion) && onLadder(tier);
        boolean byRegionTop = inRegionTop(tier);
        return byLadder || byRegionTop;
    }

    // Completion is in the tier's range; the improvement condition, if any, decides.
    private boolean onLadder(TierDefinition tier) {
        BigDecimal required = tier.minImprovementPoints();
        if (required == null) {
            trace.add(
                    TraceEntry.of(
                            TIER_QUALIFIED_BY_COMPLETION,
                            "tier",
                            tier.code(),
                            "completion",
                            completion,
                            "range",
                            tier.completionRange().format()));
            return true;
        }
        if (previous == null) {
            trace.add(TraceEntry.of(TIER_IMPROVEMENT_NO_DATA, "tier", tier.code()));
            return false;
        }
        BigDecimal improvement = completion.subtract(previous);
        boolean met = improvement.compareTo(required) >= 0;
        if (met) {
            trace.add(
                    TraceEntry.of(
                            TIER_QUALIFIED_BY_IMPROVEMENT,
                            "tier",
                            tier.code(),
                            "completion",
                            completion,
                            "previous",
                            previous,
                            "improvement",
                            improvement,
                            "required",
                            required));
        }
        return met;
    }

    private boolean inRegionTop(TierDefinition tier) {
        if (tier.regionTopPercent() == null || regionRank == null) {
            return false;
        }
        int limit = regionTopLimit(tier.regionTopPercent(), regionRank.size());
        boolean top = regionRank.rank() <= limit;
        if (top) {
            trace.add(
                    TraceEntry.of(
                            TIER_QUALIFIED_BY_REGION_TOP,
                            "tier",
                            tier.code(),
                            "rank",
                            regionRank.rank(),
                            "size",
                            regionRank.size(),
                            "limit",
                            limit,
                            "percent",
                            tier.regionTopPercent()));
        }
        return top;
    }

    private void traceAssigned(TierDefinition tier) {
        trace.add(
                TraceEntry.of(
                        TIER_ASSIGNED,
                        "tier",
                        tier.code(),
                        "rank",
                        tier.rank(),
                        "coefficient",
                        tier.coefficient()));
        if (tier.adminChoice()) {
            trace.add(TraceEntry.of(TIER_ADMIN_CHOICE, "tier", tier.code()));
        }
        if (tier.requiresImprovementPlan()) {
            trace.add(TraceEntry.of(IMPROVEMENT_PLAN_REQUIRED, "tier", tier.code()));
        }
    }
}
