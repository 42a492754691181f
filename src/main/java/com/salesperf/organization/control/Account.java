package com.salesperf.organization.control;

import com.salesperf.organization.entity.PortalUser;
import com.salesperf.organization.entity.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** A detached, read-only view of a sign-in account, safe to hand outside a transaction. */
public record Account(
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Long employeeId,
        Long scopeOrgUnitId,
        String locale,
        boolean enabled) {

    public static Account of(PortalUser user) {
        return new Account(
                user.getUsername(),
                user.getDisplayName(),
                user.getPasswordHash(),
                user.getRoles(),
                user.getEmployee() == null ? null : user.getEmployee().getId(),
                user.getScopeOrgUnit() == null ? null : user.getScopeOrgUnit().getId(),
                user.getLocale(),
                user.isEnabled());
    }

    /** The role names, which are also the container's groups. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
