package com.salesperf.demo.control;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Inserts chunks in the background on one or more connections while the generator builds the next
 * ones. On PostgreSQL the server's index and foreign-key work is the bottleneck; a second
 * connection lets a second core do it. At most two chunks per connection wait, which bounds the
 * memory held. After a failure no further chunk is inserted and the failure is rethrown.
 */
final class ChunkPipeline implements AutoCloseable {

    private final ExecutorService executor;
    private final BlockingQueue<ChunkWriter> idleWriters;
    private final List<ChunkWriter> writers = new ArrayList<>();
    private final Semaphore waitingChunks;
    private final int capacity;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    ChunkPipeline(List<Connection> connections) {
        executor =
                Executors.newFixedThreadPool(
                        connections.size(),
                        task -> {
                            Thread thread = new Thread(task, "demo-chunk-writer");
                            thread.setDaemon(true);
                            return thread;
                        });
        idleWriters = new ArrayBlockingQueue<>(connections.size());
        connections.forEach(connection -> writers.add(new ChunkWriter(connection)));
        idleWriters.addAll(writers);
        capacity = 2 * connections.size();
        waitingChunks = new Semaphore(capacity);
    }

    void submit(Chunk chunk) {
        rethrowFailure();
        waitingChunks.acquireUninterruptibly();
        executor.execute(
                () -> {
                    try {
                        if (failure.get() == null) {
                            insert(chunk);
                        }
                    } finally {
                        waitingChunks.release();
                    }
                });
    }

    /** Waits until every submitted chunk is committed (or one failed, which is then thrown). */
    void awaitAll() {
        waitingChunks.acquireUninterruptibly(capacity);
        waitingChunks.release(capacity);
        rethrowFailure();
    }

    private void insert(Chunk chunk) {
        ChunkWriter writer = idleWriters.poll();
        try {
            writer.write(chunk);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            idleWriters.add(writer);
        }
    }

    private void rethrowFailure() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.forEach(ChunkWriter::close);
    }
}
