package com.salesperf.targets.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a target into parts by weights (a profile such as Q1 30 %, or last year's sales of each
 * team). Parts are rounded to the target's scale so that they always add up to the whole exactly.
 * Without usable weights the split is even.
 */
public final class Decomposition {

    private Decomposition() {}

    /**
     * The whole (not negative) split by the weights, in order. Largest remainder method: every part
     * is first cut down to the scale, then the units still missing go one each to the parts that
     * lost most in the cut (the earlier part on a tie).
     */
    public static List<BigDecimal> split(BigDecimal whole, List<BigDecimal> weights, int scale) {
        if (weights.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> usable = usable(weights);
        BigDecimal sum = usable.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = whole.setScale(scale, RoundingMode.HALF_UP);
        List<BigDecimal> parts = new ArrayList<>();
        List<BigDecimal> lost = new ArrayList<>();
        for (BigDecimal weight : usable) {
            BigDecimal exact =
                    target.multiply(weight).divide(sum, scale + 10, RoundingMode.HALF_UP);
            BigDecimal cut = exact.setScale(scale, RoundingMode.DOWN);
            parts.add(cut);
            lost.add(exact.subtract(cut));
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int missing = target.subtract(sum(parts)).divide(unit, 0, RoundingMode.HALF_UP).intValue();
        for (int n = 0; n < missing; n++) {
            int best = 0;
            for (int i = 1; i < lost.size(); i++) {
                if (lost.get(i).compareTo(lost.get(best)) > 0) {
                    best = i;
                }
            }
            parts.set(best, parts.get(best).add(unit));
            lost.set(best, lost.get(best).subtract(unit));
        }
        return List.copyOf(parts);
    }

    /** The whole split by named weights (e.g. history per team), keeping the names' order. */
    public static Map<String, BigDecimal> split(
            BigDecimal whole, Map<String, BigDecimal> weights, int scale) {
        List<BigDecimal> parts = split(whole, new ArrayList<>(weights.values()), scale);
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        int i = 0;
        for (String key : weights.keySet()) {
            named.put(key, parts.get(i++));
        }
        return named;
    }

    /** An annual target into twelve months: quarters by the profile, each quarter evenly. */
    public static List<BigDecimal> annualToMonths(
            BigDecimal annual, List<BigDecimal> quarterProfile, int scale) {
        if (quarterProfile.size() != 4) {
            throw new IllegalArgumentException("a quarter profile has four parts");
        }
        List<BigDecimal> months = new ArrayList<>();
        List<BigDecimal> even = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        for (BigDecimal quarter : split(annual, quarterProfile, scale)) {
            months.addAll(split(quarter, even, scale));
        }
        return List.copyOf(months);
    }

    /** parent − sum of children: zero when the children add up; anything else must be confirmed. */
    public static BigDecimal difference(BigDecimal parent, List<BigDecimal> children) {
        return parent.subtract(sum(children));
    }

    public static BigDecimal sum(List<BigDecimal> values) {
        return values.stream()
                .map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Negative weights count as zero; when nothing is left, every part weighs the same. */
    private static List<BigDecimal> usable(List<BigDecimal> weights) {
        List<BigDecimal> cleaned =
                weights.stream()
                        .map(w -> w == null || w.signum() < 0 ? BigDecimal.ZERO : w)
                        .toList();
        boolean allZero = cleaned.stream().allMatch(w -> w.signum() == 0);
        return allZero ? weights.stream().map(w -> BigDecimal.ONE).toList() : cleaned;
    }
}
