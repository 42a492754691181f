package com.salesperf.data.entity;

/** Customer segment used for drill-down and targeting. */
public enum Segment {
    HIGH_VALUE,
    POTENTIAL,
    LONG_TAIL
}
