package com.salesperf.scheme.control;

import java.util.List;
import java.util.Objects;

/** A versioned evaluation scheme (业绩评估指标体系): weighted indicators and grade bands. */
public record SchemeDefinition(
        String code,
        int version,
        String nameZh,
        String nameEn,
        PeriodType periodType,
        List<IndicatorDefinition> indicators,
        List<GradeBand> gradeBands) {

    public SchemeDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(periodType, "periodType");
        indicators = List.copyOf(indicators);
        gradeBands = List.copyOf(gradeBands);
    }
}
