package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.IndicatorDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An indicator scored on its own, before weights are known (they depend on exclusions). */
record RawScore(
        IndicatorDefinition definition,
        Map<String, BigDecimal> measures,
        BigDecimal value,
        Band band,
        BigDecimal score,
        IndicatorOutcome outcome,
        DistanceToNextBand distanceToNextBand,
        List<TraceEntry> trace) {

    RawScore {
        trace = List.copyOf(trace);
    }

    boolean excluded() {
        return outcome.excluded();
    }
}
