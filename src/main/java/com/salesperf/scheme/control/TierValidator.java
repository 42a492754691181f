package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.DUPLICATE_CODE;
import static com.salesperf.scheme.control.ValidationCode.DUPLICATE_TIER_RANK;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_COEFFICIENT;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_IMPROVEMENT;
import static com.salesperf.scheme.control.ValidationCode.PLAN_NO_TIERS;
import static com.salesperf.scheme.control.ValidationCode.TIERS_GAP;
import static com.salesperf.scheme.control.ValidationCode.TIERS_OVERLAP;
import static com.salesperf.scheme.control.ValidationCode.TIER_ADMIN_CHOICE;
import static com.salesperf.scheme.control.ValidationCode.TIER_EMPTY_RANGE;
import static com.salesperf.scheme.control.ValidationCode.TOP_PERCENT_OUT_OF_RANGE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tiers must be unambiguous and leave no completion value without a tier. Coverage is checked over
 * the tiers that completion alone can reach (no improvement condition); a top-of-region path is an
 * extra OR and does not change that ladder. Overlaps are warnings, because the higher-ranked tier
 * wins.
 */
final class TierValidator {

    private TierValidator() {}

    static List<ValidationMessage> validate(List<TierDefinition> tiers) {
        if (tiers.isEmpty()) {
            return List.of(ValidationMessage.of(PLAN_NO_TIERS, null, "The plan has no tiers"));
        }
        List<ValidationMessage> messages = new ArrayList<>();
        checkUniqueness(tiers, messages);
        tiers.forEach(tier -> checkTier(tier, messages));
        checkLadder(tiers, messages);
        return messages;
    }

    private static void checkUniqueness(
            List<TierDefinition> tiers, List<ValidationMessage> messages) {
        Set<String> codes = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (TierDefinition tier : tiers) {
            if (!codes.add(tier.code())) {
                String text = "Tier code " + tier.code() + " is used twice";
                messages.add(
                        ValidationMessage.of(
                                DUPLICATE_CODE,
                                null,
                                text,
                                "code",
                                tier.code(),
                                "tier",
                                tier.code()));
            }
            if (!ranks.add(tier.rank())) {
                String text = "Two tiers have rank " + tier.rank() + ", so neither clearly wins";
                messages.add(
                        ValidationMessage.of(
                                DUPLICATE_TIER_RANK,
                                null,
                                text,
                                "rank",
                                Integer.toString(tier.rank()),
                                "tier",
                                tier.code()));
            }
        }
    }

    private static void checkTier(TierDefinition tier, List<ValidationMessage> messages) {
        String range = tier.completionRange().format();
        if (tier.completionRange().isEmpty()) {
            messages.add(
                    message(
                            TIER_EMPTY_RANGE,
                            tier,
                            "Tier " + tier.code() + ": completion range " + range + " is empty",
                            "range",
                            range));
        }
        if (tier.coefficient().signum() < 0) {
            messages.add(
                    message(
                            NEGATIVE_COEFFICIENT,
                            tier,
                            "Tier " + tier.code() + ": coefficient is negative",
                            "coefficient",
                            plain(tier.coefficient())));
        }
        if (tier.minImprovementPoints() != null && tier.minImprovementPoints().signum() < 0) {
            messages.add(
                    message(
                            NEGATIVE_IMPROVEMENT,
                            tier,
                            "Tier " + tier.code() + ": required improvement is negative",
                            "points",
                            plain(tier.minImprovementPoints())));
        }
        if (tier.regionTopPercent() != null && !isPercent(tier.regionTopPercent())) {
            messages.add(
                    message(
                            TOP_PERCENT_OUT_OF_RANGE,
                            tier,
                            "Tier "
                                    + tier.code()
                                    + ": region top percent must be above 0 and at most 100",
                            "percent",
                            plain(tier.regionTopPercent())));
        }
        if (tier.adminChoice()) {
            messages.add(
                    message(
                            TIER_ADMIN_CHOICE,
                            tier,
                            "Tier "
                                    + tier.code()
                                    + " ("
                                    + range
                                    + ") was added by an administrator, not taken from the source",
                            "range",
                            range));
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(Decimals.HUNDRED) <= 0;
    }

    private static void checkLadder(List<TierDefinition> tiers, List<ValidationMessage> messages) {
        List<TierDefinition> ladder =
                tiers.stream().filter(TierDefinition::qualifiesByCompletionAlone).toList();
        for (CoverageSegment segment :
                Coverage.of(ladder.stream().map(TierDefinition::completionRange).toList())) {
            String range = segment.interval().format();
            if (segment.kind() == SegmentKind.GAP) {
                String text = "No tier covers completion " + range + " %";
                messages.add(ValidationMessage.of(TIERS_GAP, null, text, "interval", range));
            } else if (segment.kind() == SegmentKind.OVERLAP) {
                messages.add(overlap(segment, ladder, range));
            }
        }
    }

    private static ValidationMessage overlap(
            CoverageSegment segment, List<TierDefinition> ladder, String range) {
        List<TierDefinition> overlapping = segment.indexes().stream().map(ladder::get).toList();
        String codes =
                overlapping.stream().map(TierDefinition::code).collect(Collectors.joining(", "));
        String winner =
                overlapping.stream()
                        .max(Comparator.comparingInt(TierDefinition::rank))
                        .orElseThrow()
                        .code();
        String text =
                "Tiers "
                        + codes
                        + " overlap on completion "
                        + range
                        + " %; "
                        + winner
                        + " wins by rank";
        return ValidationMessage.of(
                TIERS_OVERLAP, null, text, "interval", range, "tiers", codes, "winner", winner);
    }

    private static ValidationMessage message(
            ValidationCode code, TierDefinition tier, String text, String key, String value) {
        return ValidationMessage.of(code, null, text, "tier", tier.code(), key, value);
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }
}
