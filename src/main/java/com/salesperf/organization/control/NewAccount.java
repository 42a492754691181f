package com.salesperf.organization.control;

import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.InvalidFieldException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sign-in account as an administrator enters it, checked field by field before anything is
 * stored. The person (employee number) and the visible org unit are optional here; the boundary
 * checks that they exist and that a sales rep account is linked to a person.
 */
public record NewAccount(
        String username,
        String displayName,
        char[] password,
        String employeeNo,
        String scopeUnitCode,
        String email,
        Set<Role> roles) {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public NewAccount {
        username = blankToNull(username);
        displayName = blankToNull(displayName);
        employeeNo = blankToNull(employeeNo);
        scopeUnitCode = blankToNull(scopeUnitCode);
        email = blankToNull(email);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public NewAccount validated() {
        if (username == null) {
            throw new InvalidFieldException("username", "validation.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username", "users.error.username");
        }
        if (displayName == null) {
            throw new InvalidFieldException("displayName", "validation.required");
        }
        if (displayName.length() > 100) {
            throw new InvalidFieldException("displayName", "validation.maxLength", 100);
        }
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidFieldException("password", "users.error.password", MIN_PASSWORD);
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new InvalidFieldException("email", "users.error.email");
        }
        if (roles.isEmpty()) {
            throw new InvalidFieldException("roles", "users.error.noRole");
        }
        if (roles.contains(Role.REP) && employeeNo == null) {
            throw new InvalidFieldException("employeeNo", "users.error.repNeedsPerson");
        }
        return this;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
