package com.salesperf.organization.control;

import com.salesperf.organization.entity.Role;
import java.time.Instant;
import java.util.Set;

/** One sign-in account in the administration list. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        String employeeNo,
        String employeeName,
        String scopeUnitCode,
        String email,
        Set<Role> roles,
        boolean enabled,
        Instant lastSignInAt,
        long version) {}
