package com.salesperf.data.entity;

/** The file kinds of DATA-FORMATS.md, each with its own column layout. */
public enum ImportKind {
    ORG_UNITS,
    REPS,
    CUSTOMERS,
    SALES,
    COLLECTIONS,
    FEEDBACK,
    RATINGS,
    PLAN_SUBMISSIONS,
    TARGETS,
    ACTIVITIES,
    OPPORTUNITIES,
    TRAINING,
    COMPLIANCE_INCIDENTS,
    SALES_COSTS
}
