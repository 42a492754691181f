package com.salesperf.targets.entity;

/** Who a target is for: one rep, a team, a region or the whole company. */
public enum TargetScope {
    REP,
    TEAM,
    REGION,
    COMPANY
}
