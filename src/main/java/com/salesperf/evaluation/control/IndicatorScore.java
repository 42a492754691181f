package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.IndicatorDefinition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One indicator's part of a rep's score, at full precision.
 *
 * @param measures the measures the formula refers to, with their values; null = no data
 * @param value the formula's value; null when there is none (no data, or growth over nothing)
 * @param band the band that gave the score; null when excluded or scored by a fixed score
 * @param score 0-100; null when excluded
 * @param weight the scheme's weight, percent
 * @param effectiveWeight the weight after rescaling for excluded indicators; 0 when excluded
 * @param contribution score × effectiveWeight / 100; 0 when excluded
 * @param distanceToNextBand null when already in the best band or when there is no value
 */
public record IndicatorScore(
        String indicatorCode,
        IndicatorDefinition.Category category,
        IndicatorDefinition.Kind kind,
        String formula,
        Map<String, BigDecimal> measures,
        BigDecimal value,
        Band band,
        BigDecimal score,
        BigDecimal weight,
        BigDecimal effectiveWeight,
        BigDecimal contribution,
        IndicatorOutcome outcome,
        DistanceToNextBand distanceToNextBand) {

    public IndicatorScore {
        measures = Collections.unmodifiableMap(new TreeMap<>(measures));
    }

    public boolean excluded() {
        return outcome.excluded();
    }
}
