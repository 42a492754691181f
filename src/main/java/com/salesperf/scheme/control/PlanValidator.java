package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.DUPLICATE_ACCELERATOR;
import static com.salesperf.scheme.control.ValidationCode.INVALID_CURRENCY;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_BUDGET;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_FACTOR;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_RATE;
import static com.salesperf.scheme.control.ValidationCode.UNKNOWN_MEASURE;

import com.salesperf.scheme.formula.MeasureCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says whether an incentive plan can be used: its tiers, modifiers, commission and money settings.
 */
public final class PlanValidator {

    private PlanValidator() {}

    /** Validates modifier measures against {@link MeasureCatalogue}. */
    public static List<ValidationMessage> validate(PlanDefinition plan) {
        return validate(plan, MeasureCatalogue.names());
    }

    public static List<ValidationMessage> validate(PlanDefinition plan, Set<String> knownMeasures) {
        List<ValidationMessage> messages = new ArrayList<>(TierValidator.validate(plan.tiers()));
        plan.modifiers().forEach(modifier -> checkModifier(modifier, knownMeasures, messages));
        checkCommission(plan.commission(), messages);
        checkMoney(plan, messages);
        return List.copyOf(messages);
    }

    private static void checkModifier(
            PayoutModifier modifier, Set<String> knownMeasures, List<ValidationMessage> messages) {
        if (!knownMeasures.contains(modifier.measure())) {
            String text = "Payout modifier uses unknown measure '" + modifier.measure() + "'";
            messages.add(
                    ValidationMessage.of(
                            UNKNOWN_MEASURE, null, text, "measure", modifier.measure()));
        }
        if (modifier.factor().signum() < 0) {
            String factor = Decimals.plain(modifier.factor());
            String text = "Payout modifier factor " + factor + " is negative";
            messages.add(
                    ValidationMessage.of(
                            NEGATIVE_FACTOR,
                            null,
                            text,
                            "factor",
                            factor,
                            "measure",
                            modifier.measure()));
        }
    }

    private static void checkCommission(
            CommissionRule commission, List<ValidationMessage> messages) {
        if (commission.rate().signum() < 0) {
            String rate = Decimals.plain(commission.rate());
            messages.add(
                    ValidationMessage.of(
                            NEGATIVE_RATE,
                            null,
                            "Commission rate " + rate + " is negative",
                            "rate",
                            rate));
        }
        Set<BigDecimal> thresholds = new TreeSet<>();
        for (Accelerator accelerator : commission.accelerators()) {
            checkAccelerator(accelerator, thresholds, messages);
        }
    }

    private static void checkAccelerator(
            Accelerator accelerator, Set<BigDecimal> thresholds, List<ValidationMessage> messages) {
        String from = Decimals.plain(accelerator.completionFrom());
        if (!thresholds.add(accelerator.completionFrom())) {
            String text = "Two accelerators start at " + from + " %";
            messages.add(
                    ValidationMessage.of(
                            DUPLICATE_ACCELERATOR, null, text, "completionFrom", from));
        }
        if (accelerator.rateMultiplier().signum() < 0) {
            String factor = Decimals.plain(accelerator.rateMultiplier());
            String text = "Accelerator multiplier " + factor + " is negative";
            messages.add(
                    ValidationMessage.of(
                            NEGATIVE_FACTOR, null, text, "factor", factor, "completionFrom", from));
        }
    }

    private static void checkMoney(PlanDefinition plan, List<ValidationMessage> messages) {
        if (!isCurrency(plan.currency())) {
            String text = "'" + plan.currency() + "' is not an ISO 4217 currency code";
            messages.add(
                    ValidationMessage.of(
                            INVALID_CURRENCY, null, text, "currency", plan.currency()));
        }
        if (plan.bonusBudget() != null && plan.bonusBudget().signum() < 0) {
            String budget = Decimals.plain(plan.bonusBudget());
            messages.add(
                    ValidationMessage.of(
                            NEGATIVE_BUDGET,
                            null,
                            "Bonus budget " + budget + " is negative",
                            "budget",
                            budget));
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
