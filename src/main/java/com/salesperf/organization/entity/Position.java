package com.salesperf.organization.entity;

/** What a person does in the sales organisation; only sales reps are evaluated. */
public enum Position {
    SALES_REP,
    SALES_MANAGER
}
