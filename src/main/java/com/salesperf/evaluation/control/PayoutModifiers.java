package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.MODIFIER_APPLIED;
import static com.salesperf.evaluation.control.TraceCode.MODIFIER_NOT_TRIGGERED;
import static com.salesperf.evaluation.control.TraceCode.MODIFIER_NO_DATA;

import com.salesperf.scheme.control.PayoutModifier;
import java.math.BigDecimal;
import java.util.List;

/** The product of the factors of all payout modifiers whose condition holds. */
final class PayoutModifiers {

    private PayoutModifiers() {}

    /** A modifier whose measure has no data does not apply: a penalty needs evidence. */
    static BigDecimal factor(List<PayoutModifier> modifiers, RepInput rep, List<TraceEntry> trace) {
        BigDecimal factor = BigDecimal.ONE;
        for (PayoutModifier modifier : modifiers) {
            BigDecimal value = rep.measure(modifier.measure());
            if (value == null) {
                trace.add(TraceEntry.of(MODIFIER_NO_DATA, "measure", modifier.measure()));
            } else if (modifier.triggeredBy(value)) {
                factor = factor.multiply(modifier.factor());
                trace.add(entry(MODIFIER_APPLIED, modifier, value));
            } else {
                trace.add(entry(MODIFIER_NOT_TRIGGERED, modifier, value));
            }
        }
        return factor;
    }

    private static TraceEntry entry(TraceCode code, PayoutModifier modifier, BigDecimal value) {
        return TraceEntry.of(
                code,
                "measure",
                modifier.measure(),
                "value",
                value,
                "comparison",
                modifier.comparison().symbol(),
                "threshold",
                modifier.threshold(),
                "factor",
                modifier.factor());
    }
}
