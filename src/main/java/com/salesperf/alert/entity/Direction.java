package com.salesperf.alert.entity;

/** Which side of a threshold is alarming; both are strict (the threshold itself is fine). */
public enum Direction {
    BELOW,
    ABOVE
}
