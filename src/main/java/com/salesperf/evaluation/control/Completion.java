package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Sales completion in percent, as tiers, commission and tie-breaks use it: always actualSales /
 * targetSales × 100 from the rep's measures (DECIMAL128), independent of how a scheme's formulas
 * are written.
 */
public final class Completion {

    private Completion() {}

    /** Why the rep cannot be evaluated at all, if so; checked before anything is scored. */
    public static Optional<NotEvaluableReason> notEvaluableReason(RepInput rep) {
        BigDecimal target = rep.measure("targetSales");
        if (target == null || target.signum() <= 0) {
            return Optional.of(NotEvaluableReason.NO_TARGET);
        }
        if (rep.measure("actualSales") == null) {
            return Optional.of(NotEvaluableReason.NO_ACTUAL_SALES);
        }
        return Optional.empty();
    }

    /**
     * This period's completion.
     *
     * @throws IllegalArgumentException when the rep is not evaluable
     */
    public static BigDecimal current(RepInput rep) {
        notEvaluableReason(rep)
                .ifPresent(
                        reason -> {
                            throw new IllegalArgumentException(
                                    rep.employeeNo() + " is not evaluable: " + reason);
                        });
        return Decimals.percent(rep.measure("actualSales"), rep.measure("targetSales"));
    }

    /**
     * Last period's completion: the measure prevCompletionRate when given, else prevActualSales /
     * prevTargetSales × 100, else null (unknown).
     */
    public static BigDecimal previous(RepInput rep) {
        BigDecimal given = rep.measure("prevCompletionRate");
        if (given != null) {
            return given;
        }
        BigDecimal actual = rep.measure("prevActualSales");
        BigDecimal target = rep.measure("prevTargetSales");
        if (actual == null || target == null || target.signum() <= 0) {
            return null;
        }
        return Decimals.percent(actual, target);
    }
}
