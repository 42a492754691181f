package com.salesperf.scheme.control;

/** The evaluation cycle a scheme is made for (月度 / 季度 / 半年度 / 年度). */
public enum PeriodType {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR
}
