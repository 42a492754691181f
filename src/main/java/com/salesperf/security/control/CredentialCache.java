package com.salesperf.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers successful HTTP Basic verifications for a few minutes so scripts don't pay 600,000
 * PBKDF2 iterations on every call. The key is an HMAC of user and password under a random key that
 * lives only in this process: neither the password nor a plain hash of it is kept.
 */
public class CredentialCache {

    public record Verified(String username, Set<String> groups) {}

    private record Entry(Verified verified, Instant expires) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Duration lifetime;
    private final Clock clock;

    public CredentialCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    public Optional<Verified> find(String username, char[] password) {
        Entry entry = entries.get(fingerprint(username, password));
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    public void remember(String username, char[] password, Set<String> groups) {
        if (entries.size() > 10_000) {
            entries.clear(); // a flood of distinct credentials must not grow memory without bound
        }
        Verified verified = new Verified(username, Set.copyOf(groups));
        entries.put(
                fingerprint(username, password),
                new Entry(verified, clock.instant().plus(lifetime)));
    }

    /** Forgets every cached verification of the account, e.g. when it is disabled. */
    public void forget(String username) {
        entries.values().removeIf(entry -> entry.verified().username().equals(username));
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
