package com.salesperf.organization.entity;

/** Development stage of a team; expansion stages weight new customers more. */
public enum TeamStage {
    NEW,
    GROWING,
    MATURE
}
