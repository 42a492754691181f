package com.salesperf.period.entity;

/** Evaluation cycles 考核周期: 月度, 季度, 半年度, 年度. */
public enum PeriodType {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR
}
