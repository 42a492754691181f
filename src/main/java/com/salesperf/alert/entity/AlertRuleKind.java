package com.salesperf.alert.entity;

/** What an alert rule looks at. */
public enum AlertRuleKind {
    /** A region's or team's sales against the previous period, as a change in percent. */
    UNIT_SALES_CHANGE,
    /** A rep's sales completion below a baseline in several periods running. */
    REP_COMPLETION_STREAK,
    /** A figure of a rep's stored evaluation result below or above a threshold. */
    REP_RESULT_THRESHOLD
}
