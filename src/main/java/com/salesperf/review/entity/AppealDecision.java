package com.salesperf.review.entity;

/** HR's answer to an appeal. */
public enum AppealDecision {
    UPHELD,
    DISMISSED
}
