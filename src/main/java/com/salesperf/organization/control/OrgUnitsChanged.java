package com.salesperf.organization.control;

/**
 * Org units were created or renamed in the current transaction: the organisation tree is read again
 * once it has committed, never before (a reading before the commit would keep the old tree, and one
 * inside the transaction a unit that a rollback takes back).
 */
public record OrgUnitsChanged() {}
