package com.salesperf.organization.entity;

/** Levels of the organisation tree: company → region → team. */
public enum OrgUnitKind {
    COMPANY,
    REGION,
    TEAM
}
