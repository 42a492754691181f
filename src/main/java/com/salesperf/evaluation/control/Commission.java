package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.ACCELERATOR_APPLIED;
import static com.salesperf.evaluation.control.TraceCode.COMMISSION;
import static com.salesperf.evaluation.control.TraceCode.NO_COMMISSION;

import com.salesperf.scheme.control.Accelerator;
import com.salesperf.scheme.control.CommissionRule;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Over-target commission: rate × accelerator multiplier × (actual − target) when actual exceeds
 * target. The multiplier of the highest accelerator reached applies to the whole over-target amount
 * (see {@link CommissionRule}). Unrounded: money is rounded once, at the end.
 */
final class Commission {

    private Commission() {}

    static BigDecimal of(
            CommissionRule rule, RepInput rep, BigDecimal completion, List<TraceEntry> trace) {
        BigDecimal actual = rep.measure("actualSales");
        BigDecimal target = rep.measure("targetSales");
        BigDecimal overTarget = actual.subtract(target);
        if (overTarget.signum() <= 0) {
            trace.add(TraceEntry.of(NO_COMMISSION, "actual", actual, "target", target));
            return BigDecimal.ZERO;
        }
        BigDecimal multiplier = accelerator(rule.accelerators(), completion, trace);
        BigDecimal commission = rule.rate().multiply(multiplier).multiply(overTarget);
        trace.add(
                TraceEntry.of(
                        COMMISSION,
                        "actual",
                        actual,
                        "target",
                        target,
                        "overTarget",
                        overTarget,
                        "rate",
                        rule.rate(),
                        "multiplier",
                        multiplier,
                        "commission",
                        commission));
        return commission;
    }

    private static BigDecimal accelerator(
            List<Accelerator> accelerators, BigDecimal completion, List<TraceEntry> trace) {
        Optional<Accelerator> reached =
                accelerators.stream()
                        .filter(a -> completion.compareTo(a.completionFrom()) >= 0)
                        .max(Comparator.comparing(Accelerator::completionFrom));
        reached.ifPresent(
                a ->
                        trace.add(
                                TraceEntry.of(
                                        ACCELERATOR_APPLIED,
                                        "completionFrom",
                                        a.completionFrom(),
                                        "completion",
                                        completion,
                                        "multiplier",
                                        a.rateMultiplier())));
        return reached.map(Accelerator::rateMultiplier).orElse(BigDecimal.ONE);
    }
}
