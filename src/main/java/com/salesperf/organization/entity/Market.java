package com.salesperf.organization.entity;

/** Market maturity of a unit; schemes and targets may differ by it. */
public enum Market {
    MATURE,
    EMERGING
}
