package com.salesperf.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value read from the database and served from memory until it is older than the maximum age or
 * declared stale. A reading that was under way when the value was declared stale is handed to its
 * own caller but never kept: it may have started before the change it missed was committed.
 *
 * @param <T> the value, immutable
 */
public final class ExpiringSnapshot<T> {

    /** One reading, or (value null) the mark that the next access must read again. */
    private record Reading<T>(T value, Instant readAt) {}

    private final Supplier<T> reader;
    private final Duration maxAge;
    private final Clock clock;

    // Each mark is a new object, so a reading can tell whether the value was declared stale since
    // it began, even twice over.
    private final AtomicReference<Reading<T>> current = new AtomicReference<>(staleMark());

    public ExpiringSnapshot(Supplier<T> reader, Duration maxAge, Clock clock) {
        this.reader = reader;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public T get() {
        Reading<T> seen = current.get();
        Instant now = clock.instant();
        if (seen.value() != null && seen.readAt().plus(maxAge).isAfter(now)) {
            return seen.value();
        }
        // Its age counts from before the reading: what it holds may be that old.
        T value = reader.get();
        current.compareAndSet(seen, new Reading<>(value, now));
        return value;
    }

    /** The next access reads again; a reading under way now is not kept. */
    public void markStale() {
        current.set(staleMark());
    }

    private static <T> Reading<T> staleMark() {
        return new Reading<>(null, Instant.EPOCH);
    }
}
