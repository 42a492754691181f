package com.salesperf.organization.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.entity.ApiToken;
import com.salesperf.organization.entity.PortalUser;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.TokenDigest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A user's own personal API tokens: create (shown once), list and revoke. */
@Stateless
public class ApiTokens {

    public record TokenRow(
            long id,
            String name,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            boolean revoked) {}

    static final int MAX_DAYS = 365;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    public List<TokenRow> mine(Caller caller) {
        return em.createNamedQuery("ApiToken.findByUser", ApiToken.class)
                .setParameter("user", user(caller))
                .getResultStream()
                .map(
                        t ->
                                new TokenRow(
                                        t.getId(),
                                        t.getName(),
                                        t.getCreatedAt(),
                                        t.getExpiresAt(),
                                        t.getLastUsedAt(),
                                        t.isRevoked()))
                .toList();
    }

    /** Creates a token valid for the given days and returns its text; only its hash is stored. */
    public String create(Caller caller, String name, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessException(
                    "profile.token.nameRequired", "a token needs a name of at most 100 characters");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new BusinessException(
                    "profile.token.daysRange",
                    "a token is valid for 1 to " + MAX_DAYS + " days",
                    MAX_DAYS);
        }
        String token = TokenDigest.newToken();
        Instant now = Instant.now();
        ApiToken created =
                new ApiToken(
                        user(caller),
                        name.trim(),
                        TokenDigest.of(token),
                        now,
                        now.plus(Duration.ofDays(validDays)));
        em.persist(created);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "API_TOKEN_CREATED", "ApiToken", created.getId())
                        .after(
                                "{\"name\":"
                                        + jsonString(created.getName())
                                        + ",\"validDays\":"
                                        + validDays
                                        + "}"));
        return token;
    }

    public void revoke(Caller caller, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getUser().getUsername().equals(caller.username())) {
            throw new NotFoundException("api token " + tokenId);
        }
        token.revoke();
        auditTrail.record(
                AuditEvent.of(caller.username(), "API_TOKEN_REVOKED", "ApiToken", tokenId));
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private PortalUser user(Caller caller) {
        return em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                .setParameter("username", caller.username())
                .getSingleResult();
    }
}
