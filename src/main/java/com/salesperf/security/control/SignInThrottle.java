package com.salesperf.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@value #FREE_FAILURES} failed sign-ins for the same account
 * or {@value #FREE_FAILURES_PER_ADDRESS} from the same address, every further attempt must wait a
 * delay that doubles with each failure (capped at 15 minutes). A delay instead of a hard lock keeps
 * an attacker from locking real users out for good. Counters forget after an hour of quiet.
 */
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration MEMORY = Duration.ofHours(1);

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(byAccount.get(key(username)), FREE_FAILURES, now);
        Duration origin = remaining(byAddress.get(address), FREE_FAILURES_PER_ADDRESS, now);
        return account.compareTo(origin) >= 0 ? account : origin;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        byAccount.merge(key(username), new Failures(1, now), (old, one) -> old.plusOne(now));
        byAddress.merge(address, new Failures(1, now), (old, one) -> old.plusOne(now));
    }

    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private Duration remaining(Failures failures, int free, Instant now) {
        if (failures == null
                || failures.count() <= free
                || failures.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        int excess = Math.min(failures.count() - free, 20);
        Duration delay = Duration.ofSeconds(1L << (excess - 1));
        Duration capped = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        Duration left = Duration.between(now, failures.last().plus(capped));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }
}
