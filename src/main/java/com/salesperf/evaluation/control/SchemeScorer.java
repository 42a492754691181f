package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.GRADE_ASSIGNED;
import static com.salesperf.evaluation.control.TraceCode.INDICATOR_SCORED;
import static com.salesperf.evaluation.control.TraceCode.NOT_EVALUABLE_NO_ACTUAL_SALES;
import static com.salesperf.evaluation.control.TraceCode.NOT_EVALUABLE_NO_SCORABLE_INDICATORS;
import static com.salesperf.evaluation.control.TraceCode.NOT_EVALUABLE_NO_TARGET;
import static com.salesperf.evaluation.control.TraceCode.TOTAL_SCORE;
import static com.salesperf.evaluation.control.TraceCode.WEIGHTS_RESCALED;

import com.salesperf.scheme.control.GradeBand;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.SchemeValidator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores reps against one scheme. Create it once per scheme (formulas are parsed once) and call
 * {@link #score(RepInput)} for each rep, in any order and chunking: each rep's card depends only on
 * that rep's input. Thread-safe.
 *
 * <p>Weighting: indicators excluded for lack of data drop out and the remaining weights W are
 * scaled to 100 %. The total is computed in one division, Σ(score × weight) / W × 100 / 100, so
 * rescaling rounds once (DECIMAL128) instead of once per indicator; each indicator's effective
 * weight and contribution are shown at the same precision.
 */
public final class SchemeScorer {

    private final SchemeDefinition scheme;
    private final List<IndicatorScorer> indicators;

    /**
     * @throws InvalidDefinitionException when the scheme has validation errors
     */
    public SchemeScorer(SchemeDefinition scheme) {
        InvalidDefinitionException.requireNoErrors(
                "Scheme " + scheme.code() + " v" + scheme.version(),
                SchemeValidator.validate(scheme));
        this.scheme = scheme;
        this.indicators = scheme.indicators().stream().map(IndicatorScorer::new).toList();
    }

    /** One-off convenience; prefer one instance per scheme for many reps. */
    public static ScoreCard score(SchemeDefinition scheme, RepInput rep) {
        return new SchemeScorer(scheme).score(rep);
    }

    public SchemeDefinition scheme() {
        return scheme;
    }

    public ScoreCard score(RepInput rep) {
        NotEvaluableReason reason = Completion.notEvaluableReason(rep).orElse(null);
        if (reason != null) {
            return notEvaluable(rep, reason, List.of(), List.of(notEvaluableEntry(rep, reason)));
        }
        List<RawScore> raw = indicators.stream().map(indicator -> indicator.score(rep)).toList();
        BigDecimal includedWeight =
                raw.stream()
                        .filter(r -> !r.excluded())
                        .map(r -> r.definition().weight())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (includedWeight.signum() <= 0) {
            List<TraceEntry> trace = indicatorTraces(raw);
            trace.add(TraceEntry.of(NOT_EVALUABLE_NO_SCORABLE_INDICATORS));
            return notEvaluable(
                    rep,
                    NotEvaluableReason.NO_SCORABLE_INDICATORS,
                    weighted(raw, includedWeight),
                    trace);
        }
        return scored(rep, raw, includedWeight);
    }

    private ScoreCard scored(RepInput rep, List<RawScore> raw, BigDecimal includedWeight) {
        List<IndicatorScore> scores = weighted(raw, includedWeight);
        List<TraceEntry> trace = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            raw.get(i).trace().forEach(entry -> trace.add(withRescaling(entry, includedWeight)));
            if (!raw.get(i).excluded()) {
                trace.add(scoredEntry(scores.get(i)));
            }
        }
        traceRescaling(raw, includedWeight, trace);
        BigDecimal total = total(raw, includedWeight);
        String grade = grade(total);
        // The display keeps its one decimal ("85.0"): it is what people see, not a value.
        String display = total.setScale(1, RoundingMode.HALF_UP).toPlainString();
        trace.add(TraceEntry.of(TOTAL_SCORE, "total", total, "display", display));
        trace.add(TraceEntry.of(GRADE_ASSIGNED, "grade", grade, "total", total));
        BigDecimal completion = Completion.current(rep);
        return new ScoreCard(
                rep,
                scheme.code(),
                scheme.version(),
                null,
                completion,
                scores,
                total,
                grade,
                new Trace(trace));
    }

    private static List<IndicatorScore> weighted(List<RawScore> raw, BigDecimal includedWeight) {
        return raw.stream().map(r -> Weighting.apply(r, includedWeight)).toList();
    }

    private static BigDecimal total(List<RawScore> raw, BigDecimal includedWeight) {
        BigDecimal weightedSum =
                raw.stream()
                        .filter(r -> !r.excluded())
                        .map(r -> r.score().multiply(r.definition().weight()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Weighting.isFull(includedWeight)
                ? weightedSum.movePointLeft(2)
                : weightedSum.divide(includedWeight, Decimals.DIVISION);
    }

    private String grade(BigDecimal total) {
        return scheme.gradeBands().stream()
                .filter(band -> band.reachedBy(total))
                .max(
                        Comparator.comparing(
                                GradeBand::minInclusive,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(GradeBand::grade)
                .orElseThrow(() -> new IllegalStateException("no grade for total " + total));
    }

    private static TraceEntry scoredEntry(IndicatorScore score) {
        return TraceEntry.of(
                INDICATOR_SCORED,
                "indicator",
                score.indicatorCode(),
                "value",
                score.value(),
                "score",
                score.score(),
                "weight",
                score.weight(),
                "effectiveWeight",
                score.effectiveWeight(),
                "contribution",
                score.contribution());
    }

    // Known only once every indicator is scored, so added to the exclusion entry afterwards.
    private static TraceEntry withRescaling(TraceEntry entry, BigDecimal includedWeight) {
        if (entry.code() != TraceCode.NO_DATA_EXCLUDED) {
            return entry;
        }
        return entry.with("includedWeight", includedWeight).with("rescaledTo", Decimals.HUNDRED);
    }

    private static void traceRescaling(
            List<RawScore> raw, BigDecimal includedWeight, List<TraceEntry> trace) {
        if (raw.stream().noneMatch(RawScore::excluded)) {
            return;
        }
        String excluded =
                raw.stream()
                        .filter(RawScore::excluded)
                        .map(r -> r.definition().code())
                        .collect(Collectors.joining(","));
        trace.add(
                TraceEntry.of(
                        WEIGHTS_RESCALED,
                        "excluded",
                        excluded,
                        "includedWeight",
                        includedWeight,
                        "rescaledTo",
                        Decimals.HUNDRED));
    }

    private static List<TraceEntry> indicatorTraces(List<RawScore> raw) {
        List<TraceEntry> trace = new ArrayList<>();
        raw.forEach(r -> trace.addAll(r.trace()));
        return trace;
    }

    private static TraceEntry notEvaluableEntry(RepInput rep, NotEvaluableReason reason) {
        if (reason == NotEvaluableReason.NO_TARGET) {
            return TraceEntry.of(
                    NOT_EVALUABLE_NO_TARGET, "targetSales", rep.measure("targetSales"));
        }
        return TraceEntry.of(NOT_EVALUABLE_NO_ACTUAL_SALES);
    }

    private ScoreCard notEvaluable(
            RepInput rep,
            NotEvaluableReason reason,
            List<IndicatorScore> scores,
            List<TraceEntry> trace) {
        return new ScoreCard(
                rep,
                scheme.code(),
                scheme.version(),
                reason,
                null,
                scores,
                null,
                null,
                new Trace(trace));
    }
}
