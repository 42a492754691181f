package com.salesperf.alert.control;

import com.salesperf.alert.entity.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The comparisons behind every rule, exact in BigDecimal (no rounded intermediate decides a hit).
 *
 * <ul>
 *   <li>Sales change: fires when (current − previous) / previous × 100 ≤ threshold, so a fall of
 *       exactly 15 % fires a "−15 %" rule: the rule reads "fell by 15 % or more". No previous sales
 *       (or none at all) means no comparison and no alert.
 *   <li>Completion streak: fires when completion is strictly below the baseline in every one of the
 *       periods; exactly 60 % is not below a 60 % baseline. A period without a target breaks the
 *       streak; a target without sales counts as 0 %.
 *   <li>Result threshold: strictly below or strictly above; the threshold itself is fine.
 * </ul>
 */
public final class RuleArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleArithmetic() {}

    public static boolean salesChangeFires(
            BigDecimal previous, BigDecimal current, BigDecimal thresholdPercent) {
        if (previous == null || previous.signum() <= 0) {
            return false;
        }
        BigDecimal now = current == null ? BigDecimal.ZERO : current;
        // (now - previous) × 100 ≤ threshold × previous, with previous > 0: no division at all.
        return now.subtract(previous)
                        .multiply(HUNDRED)
                        .compareTo(thresholdPercent.multiply(previous))
                <= 0;
    }

    public static boolean belowBaselineInEvery(
            List<RepCompletion> periods, BigDecimal baselinePercent, int periodsInRow) {
        if (periods.size() < periodsInRow) {
            return false;
        }
        for (RepCompletion period :
                periods.subList(periods.size() - periodsInRow, periods.size())) {
            if (period.target() == null || period.target().signum() <= 0) {
                return false;
            }
            BigDecimal actual = period.actual() == null ? BigDecimal.ZERO : period.actual();
            if (actual.multiply(HUNDRED).compareTo(baselinePercent.multiply(period.target()))
                    >= 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean crosses(BigDecimal value, Direction direction, BigDecimal threshold) {
        if (value == null) {
            return false;
        }
        int side = value.compareTo(threshold);
        return direction == Direction.BELOW ? side < 0 : side > 0;
    }

    /** part / whole × 100 to one decimal (half up); null when whole is not positive. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** (current − previous) / previous × 100 to one decimal (half up). */
    public static BigDecimal changePercent(BigDecimal previous, BigDecimal current) {
        BigDecimal now = current == null ? BigDecimal.ZERO : current;
        return percent(now.subtract(previous), previous);
    }
}
