package com.salesperf.evaluation.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Applies a pure function to a chunk's items on several threads, keeping their order: the chunk is
 * cut into contiguous slices, all but the first offered to the executor, the first done by the
 * calling thread. A slice no pooled thread has taken up by the time the caller is free is done by
 * the caller itself, so the work completes even when the executor has no thread to spare (the batch
 * job itself runs on one of its threads).
 */
final class ChunkWork {

    /** As many threads as the machine has processors, up to eight. */
    static final int THREADS = Math.min(8, Runtime.getRuntime().availableProcessors());

    private ChunkWork() {}

    /** {@link #map(List, Function, ExecutorService, int)} on {@link #THREADS} threads. */
    static <T, R> List<R> map(List<T> items, Function<T, R> work, ExecutorService executor) {
        return map(items, work, executor, THREADS);
    }

    static <T, R> List<R> map(
            List<T> items, Function<T, R> work, ExecutorService executor, int threads) {
        int slices = Math.max(1, Math.min(threads, items.size() / 50));
        if (slices == 1 || executor == null) {
            return items.stream().map(work).toList();
        }
        List<Slice<T, R>> offered = new ArrayList<>();
        int size = (items.size() + slices - 1) / slices;
        for (int from = size; from < items.size(); from += size) {
            Slice<T, R> slice =
                    new Slice<>(items.subList(from, Math.min(items.size(), from + size)));
            slice.future = executor.submit(() -> slice.runIfUnclaimed(work));
            offered.add(slice);
        }
        List<R> results = new ArrayList<>(items.size());
        items.subList(0, size).forEach(item -> results.add(work.apply(item)));
        for (Slice<T, R> slice : offered) {
            results.addAll(slice.result(work));
        }
        return results;
    }

    /** A part of the chunk, done by whichever thread claims it first. */
    private static final class Slice<T, R> {
        private final List<T> items;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private Future<List<R>> future;

        Slice(List<T> items) {
            this.items = items;
        }

        List<R> runIfUnclaimed(Function<T, R> work) {
            return claimed.compareAndSet(false, true) ? apply(work) : null;
        }

        List<R> result(Function<T, R> work) {
            if (claimed.compareAndSet(false, true)) {
                future.cancel(false);
                return apply(work);
            }
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while results were computed", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private List<R> apply(Function<T, R> work) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(work.apply(item)));
            return out;
        }
    }
}
