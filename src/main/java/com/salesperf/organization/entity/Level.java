package com.salesperf.organization.entity;

/** Seniority of a sales rep; schemes may apply to one level only. */
public enum Level {
    JUNIOR,
    INTERMEDIATE,
    SENIOR
}
