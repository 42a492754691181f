package com.salesperf.organization.entity;

/**
 * The portal's roles (SPEC §1 and §12). The names are also the container's security roles and
 * groups, which Payara maps one to one.
 */
public enum Role {
    REP,
    MANAGER,
    HR,
    FINANCE,
    ADMIN,
    AUDITOR
}
