package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.BAND_ADMIN_CHOICE;
import static com.salesperf.evaluation.control.TraceCode.BAND_MATCHED;
import static com.salesperf.evaluation.control.TraceCode.DIVIDE_BY_ZERO_BOTTOM_BAND;
import static com.salesperf.evaluation.control.TraceCode.DIVIDE_BY_ZERO_NO_DATA;
import static com.salesperf.evaluation.control.TraceCode.DIVIDE_BY_ZERO_TOP_BAND;
import static com.salesperf.evaluation.control.TraceCode.DIVIDE_BY_ZERO_VALUE_ZERO;
import static com.salesperf.evaluation.control.TraceCode.INDICATOR_VALUE;
import static com.salesperf.evaluation.control.TraceCode.MEASURE_NO_DATA;
import static com.salesperf.evaluation.control.TraceCode.MEASURE_VALUE;
import static com.salesperf.evaluation.control.TraceCode.NO_DATA_BOTTOM_BAND;
import static com.salesperf.evaluation.control.TraceCode.NO_DATA_EXCLUDED;
import static com.salesperf.evaluation.control.TraceCode.NO_DATA_FIXED_SCORE;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.formula.DivisionByZero;
import com.salesperf.scheme.formula.Formula;
import com.salesperf.scheme.formula.MissingMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores one indicator for one rep: evaluates the formula, applies the indicator's division-by-zero
 * and no-data rules, finds the band. Weights are applied later by {@link SchemeScorer}, because
 * they depend on which indicators had data.
 */
final class IndicatorScorer {

    private final IndicatorDefinition definition;
    private final Formula formula;

    IndicatorScorer(IndicatorDefinition definition) {
        this.definition = definition;
        this.formula = Formula.parse(definition.formula());
    }

    RawScore score(RepInput rep) {
        List<TraceEntry> trace = new ArrayList<>();
        Map<String, BigDecimal> measures = measuresUsed(rep, trace);
        try {
            BigDecimal value = formula.evaluateNumber(rep.measures());
            trace.add(entry(INDICATOR_VALUE, "formula", formula.text(), "value", value));
            return banded(value, IndicatorOutcome.VALUE_BANDED, measures, trace);
        } catch (DivisionByZero signal) {
            return divisionByZero(signal, measures, trace);
        } catch (MissingMeasure signal) {
            return noData("measure", signal.measure(), measures, trace);
        }
    }

    private Map<String, BigDecimal> measuresUsed(RepInput rep, List<TraceEntry> trace) {
        Map<String, BigDecimal> measures = new TreeMap<>();
        for (String name : formula.referencedMeasures()) {
            BigDecimal value = rep.measure(name);
            measures.put(name, value);
            trace.add(
                    value == null
                            ? entry(MEASURE_NO_DATA, "measure", name)
                            : entry(MEASURE_VALUE, "measure", name, "value", value));
        }
        return measures;
    }

    private RawScore divisionByZero(
            DivisionByZero signal, Map<String, BigDecimal> measures, List<TraceEntry> trace) {
        String sign = Integer.toString(signal.numeratorSign());
        return switch (definition.divisionByZeroRule()) {
            case TOP_BAND -> growthOverNothing(signal.numeratorSign(), measures, trace);
            case VALUE_ZERO -> {
                trace.add(entry(DIVIDE_BY_ZERO_VALUE_ZERO, "numeratorSign", sign));
                yield banded(
                        BigDecimal.ZERO,
                        IndicatorOutcome.DIVIDE_BY_ZERO_VALUE_ZERO,
                        measures,
                        trace);
            }
            case NO_DATA -> {
                trace.add(entry(DIVIDE_BY_ZERO_NO_DATA, "numeratorSign", sign));
                yield noData("cause", "DIVISION_BY_ZERO", measures, trace);
            }
        };
    }

    private RawScore growthOverNothing(
            int numeratorSign, Map<String, BigDecimal> measures, List<TraceEntry> trace) {
        if (numeratorSign > 0) {
            return ruleBand(
                    BandLookup.top(definition.bands()),
                    IndicatorOutcome.DIVIDE_BY_ZERO_TOP_BAND,
                    DIVIDE_BY_ZERO_TOP_BAND,
                    measures,
                    trace);
        }
        if (numeratorSign < 0) {
            return ruleBand(
                    BandLookup.bottom(definition.bands()),
                    IndicatorOutcome.DIVIDE_BY_ZERO_BOTTOM_BAND,
                    DIVIDE_BY_ZERO_BOTTOM_BAND,
                    measures,
                    trace);
        }
        trace.add(entry(DIVIDE_BY_ZERO_VALUE_ZERO, "numeratorSign", "0"));
        return banded(BigDecimal.ZERO, IndicatorOutcome.DIVIDE_BY_ZERO_VALUE_ZERO, measures, trace);
    }

    private RawScore noData(
            String causeName,
            String cause,
            Map<String, BigDecimal> measures,
            List<TraceEntry> trace) {
        return switch (definition.noDataRule().action()) {
            case EXCLUDE_AND_RESCALE -> {
                trace.add(entry(NO_DATA_EXCLUDED, causeName, cause));
                yield new RawScore(
                        definition,
                        measures,
                        null,
                        null,
                        null,
                        IndicatorOutcome.NO_DATA_EXCLUDED,
                        null,
                        trace);
            }
            case BOTTOM_BAND ->
                    ruleBand(
                            BandLookup.bottom(definition.bands()),
                            IndicatorOutcome.NO_DATA_BOTTOM_BAND,
                            NO_DATA_BOTTOM_BAND,
                            measures,
                            trace);
            case FIXED_SCORE -> {
                BigDecimal score = definition.noDataRule().fixedScore();
                trace.add(entry(NO_DATA_FIXED_SCORE, causeName, cause, "score", score));
                yield new RawScore(
                        definition,
                        measures,
                        null,
                        null,
                        score,
                        IndicatorOutcome.NO_DATA_FIXED_SCORE,
                        null,
                        trace);
            }
        };
    }

    private RawScore banded(
            BigDecimal value,
            IndicatorOutcome outcome,
            Map<String, BigDecimal> measures,
            List<TraceEntry> trace) {
        Band band = BandLookup.containing(definition.bands(), value);
        trace.add(
                entry(
                        BAND_MATCHED,
                        "value",
                        value,
                        "band",
                        band.interval().format(),
                        "score",
                        band.score()));
        traceAdminChoice(band, trace);
        DistanceToNextBand next =
                BandLookup.nextBetter(definition.bands(), value, band.score()).orElse(null);
        return new RawScore(definition, measures, value, band, band.score(), outcome, next, trace);
    }

    private RawScore ruleBand(
            Band band,
            IndicatorOutcome outcome,
            TraceCode code,
            Map<String, BigDecimal> measures,
            List<TraceEntry> trace) {
        trace.add(entry(code, "band", band.interval().format(), "score", band.score()));
        traceAdminChoice(band, trace);
        return new RawScore(definition, measures, null, band, band.score(), outcome, null, trace);
    }

    private void traceAdminChoice(Band band, List<TraceEntry> trace) {
        if (band.adminChoice()) {
            trace.add(
                    entry(
                            BAND_ADMIN_CHOICE,
                            "band",
                            band.interval().format(),
                            "note",
                            band.note()));
        }
    }

    private TraceEntry entry(TraceCode code, Object... nameValues) {
        Object[] withIndicator = new Object[nameValues.length + 2];
        withIndicator[0] = "indicator";
        withIndicator[1] = definition.code();
        System.arraycopy(nameValues, 0, withIndicator, 2, nameValues.length);
        return TraceEntry.of(code, withIndicator);
    }
}
