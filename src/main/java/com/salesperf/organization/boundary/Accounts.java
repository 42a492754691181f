package com.salesperf.organization.boundary;

import com.salesperf.organization.control.Account;
import com.salesperf.organization.control.AccountDisabled;
import com.salesperf.organization.entity.ApiToken;
import com.salesperf.organization.entity.PortalUser;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in accounts as the security layer needs them. Called by the identity store before anybody is
 * signed in, so it carries no role checks itself; administration of users lives elsewhere.
 */
@Stateless
public class Accounts {

    private static final Set<String> LOCALES = Set.of("en", "zh_CN");

    @PersistenceContext EntityManager em;

    @Inject Event<AccountDisabled> disabled;

    public Optional<Account> find(String username) {
        return user(username).map(Account::of);
    }

    public Optional<Account> findByTokenHash(String tokenHash) {
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .filter(token -> token.isUsableAt(now))
                .peek(token -> token.usedAt(now))
                .map(token -> Account.of(token.getUser()))
                .findFirst();
    }

    public void recordSignIn(String username) {
        user(username).ifPresent(u -> u.signedInAt(Instant.now()));
    }

    public void preferLocale(String username, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("unsupported locale " + locale);
        }
        user(username).ifPresent(u -> u.preferLocale(locale));
    }

    public void disable(String username) {
        user(username)
                .ifPresent(
                        u -> {
                            u.disable();
                            disabled.fire(new AccountDisabled(username));
                        });
    }

    private Optional<PortalUser> user(String username) {
        return em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
