package com.salesperf.security.boundary;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.control.Account;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request, read once per request from the security context and the
 * account (so role or scope changes and disabled accounts take effect on the next request).
 */
@RequestScoped
public class CurrentCaller {

    @Inject SecurityContext securityContext;

    @Inject Accounts accounts;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = lookup().orElseThrow(() -> new AccessDeniedException("no signed-in user"));
        }
        return caller;
    }

    public Optional<Account> account() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null
                ? Optional.empty()
                : accounts.find(principal.getName()).filter(Account::enabled);
    }

    private Optional<Caller> lookup() {
        return account()
                .map(a -> new Caller(a.username(), a.roles(), a.employeeId(), a.scopeOrgUnitId()));
    }
}
