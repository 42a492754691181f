package com.salesperf.data.entity;

/** Kinds of sales activity counted by process indicators. */
public enum ActivityKind {
    VISIT,
    CALL,
    DEMO
}
