package com.salesperf.alert.entity;

/** The org units a sales-change rule compares. */
public enum UnitLevel {
    REGION,
    TEAM
}
