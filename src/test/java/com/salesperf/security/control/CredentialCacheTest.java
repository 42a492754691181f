package com.salesperf.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.platform.control.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), clock);

    @Test
    void remembersOnlyTheExactCredentialPair() {
        cache.remember("dora", "pw".toCharArray(), Set.of("REP"));
        assertThat(cache.find("dora", "pw".toCharArray()))
                .get()
                .extracting(CredentialCache.Verified::groups)
                .isEqualTo(Set.of("REP"));
        assertThat(cache.find("dora", "pw2".toCharArray())).isEmpty();
        assertThat(cache.find("dor", "apw".toCharArray())).isEmpty();
    }

    @Test
    void entriesExpire() {
        cache.remember("dora", "pw".toCharArray(), Set.of("REP"));
        clock.advance(Duration.ofMinutes(6));
        assertThat(cache.find("dora", "pw".toCharArray())).isEmpty();
    }

    @Test
    void forgettingAUserDropsTheirEntries() {
        cache.remember("dora", "pw".toCharArray(), Set.of("REP"));
        cache.remember("emil", "pw".toCharArray(), Set.of("HR"));
        cache.forget("dora");
        assertThat(cache.find("dora", "pw".toCharArray())).isEmpty();
        assertThat(cache.find("emil", "pw".toCharArray())).isPresent();
    }

    @Test
    void noPasswordTextIsKeptInTheCache() throws Exception {
        cache.remember("dora", "very-secret-pw".toCharArray(), Set.of("REP"));
        var field = CredentialCache.class.getDeclaredField("entries");
        field.setAccessible(true);
        assertThat(field.get(cache).toString()).doesNotContain("very-secret-pw");
    }
}
