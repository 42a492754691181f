package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.ValidationCode.DUPLICATE_CODE;
import static com.salesperf.scheme.control.ValidationCode.NEGATIVE_WEIGHT;
import static com.salesperf.scheme.control.ValidationCode.QUANT_SHARE_OUTSIDE_ADVICE;
import static com.salesperf.scheme.control.ValidationCode.SCHEME_NO_INDICATORS;
import static com.salesperf.scheme.control.ValidationCode.WEIGHTS_NOT_100;
import static com.salesperf.scheme.control.ValidationCode.ZERO_WEIGHT;

import com.salesperf.scheme.control.IndicatorDefinition.Kind;
import com.salesperf.scheme.formula.MeasureCatalogue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Says whether a scheme can be used: weights add up to 100 %, formulas parse and use known
 * measures, bands cover every value exactly once, grades cover every total. Errors block use;
 * warnings advise (e.g. the quantitative share); infos point at administrators' choices.
 */
public final class SchemeValidator {

    static final BigDecimal ADVISED_QUANT_SHARE_MIN = BigDecimal.valueOf(70);
    static final BigDecimal ADVISED_QUANT_SHARE_MAX = BigDecimal.valueOf(80);

    private SchemeValidator() {}

    /** Validates against the measures of {@link MeasureCatalogue}. */
    public static List<ValidationMessage> validate(SchemeDefinition scheme) {
        return validate(scheme, MeasureCatalogue.names());
    }

    public static List<ValidationMessage> validate(
            SchemeDefinition scheme, Set<String> knownMeasures) {
        List<ValidationMessage> messages = new ArrayList<>();
        if (scheme.indicators().isEmpty()) {
            messages.add(
                    ValidationMessage.of(
                            SCHEME_NO_INDICATORS, null, "The scheme has no indicators"));
        } else {
            checkCodes(scheme.indicators(), messages);
            checkWeights(scheme.indicators(), messages);
        }
        scheme.indicators()
                .forEach(
                        indicator ->
                                messages.addAll(
                                        IndicatorValidator.validate(indicator, knownMeasures)));
        messages.addAll(GradeValidator.validate(scheme.gradeBands()));
        return List.copyOf(messages);
    }

    private static void checkCodes(
            List<IndicatorDefinition> indicators, List<ValidationMessage> messages) {
        Set<String> seen = new HashSet<>();
        for (IndicatorDefinition indicator : indicators) {
            if (!seen.add(indicator.code())) {
                messages.add(
                        ValidationMessage.of(
                                DUPLICATE_CODE,
                                indicator.code(),
                                "Indicator code " + indicator.code() + " is used twice",
                                "code",
                                indicator.code()));
            }
        }
    }

    private static void checkWeights(
            List<IndicatorDefinition> indicators, List<ValidationMessage> messages) {
        indicators.forEach(indicator -> checkWeight(indicator, messages));
        BigDecimal sum =
                indicators.stream()
                        .map(IndicatorDefinition::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(Decimals.HUNDRED) != 0) {
            String text = "Weights add up to " + Decimals.plain(sum) + " %, not 100 %";
            messages.add(
                    ValidationMessage.of(WEIGHTS_NOT_100, null, text, "sum", Decimals.plain(sum)));
        }
        if (sum.signum() > 0) {
            checkQuantitativeShare(indicators, sum, messages);
        }
    }

    private static void checkWeight(
            IndicatorDefinition indicator, List<ValidationMessage> messages) {
        String weight = Decimals.plain(indicator.weight());
        if (indicator.weight().signum() < 0) {
            messages.add(
                    ValidationMessage.of(
                            NEGATIVE_WEIGHT,
                            indicator.code(),
                            "Weight " + weight + " % is negative",
                            "weight",
                            weight));
        } else if (indicator.weight().signum() == 0) {
            messages.add(
                    ValidationMessage.of(
                            ZERO_WEIGHT,
                            indicator.code(),
                            "Weight is 0 %: the indicator never counts",
                            "weight",
                            weight));
        }
    }

    private static void checkQuantitativeShare(
            List<IndicatorDefinition> indicators,
            BigDecimal sum,
            List<ValidationMessage> messages) {
        BigDecimal quantitative =
                indicators.stream()
                        .filter(indicator -> indicator.kind() == Kind.QUANTITATIVE)
                        .map(IndicatorDefinition::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share =
                quantitative.multiply(Decimals.HUNDRED).divide(sum, MathContext.DECIMAL128);
        if (share.compareTo(ADVISED_QUANT_SHARE_MIN) < 0
                || share.compareTo(ADVISED_QUANT_SHARE_MAX) > 0) {
            String shown = Decimals.plain(share.setScale(2, RoundingMode.HALF_UP));
            String text =
                    "Quantitative indicators carry "
                            + shown
                            + " % of the weight; 70-80 % is advised";
            messages.add(
                    ValidationMessage.of(
                            QUANT_SHARE_OUTSIDE_ADVICE,
                            null,
                            text,
                            "share",
                            shown,
                            "adviceMin",
                            "70",
                            "adviceMax",
                            "80"));
        }
    }
}
