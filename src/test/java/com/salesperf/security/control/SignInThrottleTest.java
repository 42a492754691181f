package com.salesperf.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.platform.control.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFirstFailuresCostNothing() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void furtherFailuresDoubleTheWait() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1"))
                .isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void theAccountIsThrottledFromAnyAddressAndCaseInsensitively() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            throttle.failed("Alice", "10.0.0." + i);
        }
        assertThat(throttle.waitBeforeAttempt("alice", "192.168.1.1")).isPositive();
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS + 1; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertThat(throttle.waitBeforeAttempt("someone-new", "10.9.9.9")).isPositive();
        assertThat(throttle.waitBeforeAttempt("someone-new", "10.1.1.1")).isZero();
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("bob", "10.0.0.2");
        }
        assertThat(throttle.waitBeforeAttempt("bob", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void successClearsTheAccountCounter() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 2; i++) {
            throttle.failed("carol", "10.0.0.3");
        }
        throttle.succeeded("carol");
        assertThat(throttle.waitBeforeAttempt("carol", "10.0.0.4")).isZero();
    }
}
