package com.salesperf.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExpiringSnapshotTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final AtomicInteger readings = new AtomicInteger();
    private final Supplier<String> reader = () -> "reading " + readings.incrementAndGet();

    @Test
    void servesOneReadingUntilItIsTooOld() {
        ExpiringSnapshot<String> snapshot = new ExpiringSnapshot<>(reader, MAX_AGE, clock);
        assertThat(snapshot.get()).isEqualTo("reading 1");
        clock.advance(MAX_AGE.minusSeconds(1));
        assertThat(snapshot.get()).isEqualTo("reading 1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(snapshot.get()).isEqualTo("reading 2");
    }

    @Test
    void readsAgainAfterBeingMarkedStale() {
        ExpiringSnapshot<String> snapshot = new ExpiringSnapshot<>(reader, MAX_AGE, clock);
        snapshot.get();
        snapshot.markStale();
        assertThat(snapshot.get()).isEqualTo("reading 2");
        assertThat(snapshot.get()).isEqualTo("reading 2");
    }

    @Test
    void aReadingUnderWayWhenMarkedStaleIsNotKept() throws Exception {
        CountDownLatch readingStarted = new CountDownLatch(1);
        CountDownLatch markedStale = new CountDownLatch(1);
        ExpiringSnapshot<String> snapshot =
                new ExpiringSnapshot<>(
                        () -> {
                            if (readings.get() == 0) {
                                // the first reading sees the data from before the change
                                readingStarted.countDown();
                                await(markedStale);
                            }
                            return reader.get();
                        },
                        MAX_AGE,
                        clock);
        CompletableFuture<String> early = CompletableFuture.supplyAsync(snapshot::get);
        await(readingStarted);
        snapshot.markStale();
        markedStale.countDown();
        assertThat(early.get(10, TimeUnit.SECONDS)).isEqualTo("reading 1");
        assertThat(snapshot.get()).isEqualTo("reading 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
