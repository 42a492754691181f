package com.salesperf.security.control;

import com.salesperf.organization.entity.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: the signed-in user (or the scheduler) with roles, the person they are and the org
 * unit whose subtree they may see. Boundaries build it from the security context and hand it to
 * control classes, which enforce data scope with it.
 */
public record Caller(String username, Set<Role> roles, Long employeeId, Long scopeOrgUnitId) {

    public static final String SCHEDULER = "scheduler";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The period-close scheduler: acts for the whole company as an administrator. */
    public static Caller scheduler() {
        return new Caller(SCHEDULER, EnumSet.of(Role.ADMIN), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** Sees every person's records: administrators, auditors, finance and HR without a scope. */
    public boolean seesWholeCompany() {
        return hasAny(Role.ADMIN, Role.AUDITOR, Role.FINANCE)
                || (has(Role.HR) && scopeOrgUnitId == null);
    }
}
