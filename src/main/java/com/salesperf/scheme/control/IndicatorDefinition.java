package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of a scheme. The formula is kept as text; {@link SchemeValidator} parses and checks
 * it, and the engine evaluates it.
 *
 * @param weight percent of the total score, e.g. 40
 * @param divisionByZeroRule null means {@link DivisionByZeroRule#TOP_BAND}, the SPEC default
 * @param noDataRule null means {@link NoDataRule#EXCLUDE_AND_RESCALE}, the SPEC default
 */
public record IndicatorDefinition(
        String code,
        String nameZh,
        String nameEn,
        Category category,
        Kind kind,
        String definition,
        String formula,
        String unit,
        BigDecimal weight,
        List<Band> bands,
        DivisionByZeroRule divisionByZeroRule,
        NoDataRule noDataRule) {

    /** 一级指标: 结果 / 过程 / 管理. */
    public enum Category {
        RESULT,
        PROCESS,
        MANAGEMENT
    }

    /** 定量 / 定性; the share of quantitative weight is advised to be 70-80 %. */
    public enum Kind {
        QUANTITATIVE,
        QUALITATIVE
    }

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(weight, "weight");
        bands = List.copyOf(bands);
        divisionByZeroRule =
                divisionByZeroRule == null ? DivisionByZeroRule.TOP_BAND : divisionByZeroRule;
        noDataRule = noDataRule == null ? NoDataRule.EXCLUDE_AND_RESCALE : noDataRule;
    }
}
