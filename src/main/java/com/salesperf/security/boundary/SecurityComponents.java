package com.salesperf.security.boundary;

import com.salesperf.organization.control.AccountDisabled;
import com.salesperf.security.control.CredentialCache;
import com.salesperf.security.control.PasswordHasher;
import com.salesperf.security.control.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** Produces the application-wide security helpers, which are plain Java and unit-tested alone. */
@ApplicationScoped
public class SecurityComponents {

    /** How long a verified HTTP Basic credential is trusted without re-hashing (SPEC §12). */
    static final Duration BASIC_CACHE_LIFETIME = Duration.ofMinutes(5);

    private final PasswordHasher hasher = new PasswordHasher();
    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());
    private final CredentialCache basicCache =
            new CredentialCache(BASIC_CACHE_LIFETIME, Clock.systemUTC());

    @Produces
    PasswordHasher hasher() {
        return hasher;
    }

    @Produces
    SignInThrottle throttle() {
        return throttle;
    }

    @Produces
    CredentialCache basicCache() {
        return basicCache;
    }

    void forgetDisabled(@Observes AccountDisabled event) {
        basicCache.forget(event.username());
    }
}
