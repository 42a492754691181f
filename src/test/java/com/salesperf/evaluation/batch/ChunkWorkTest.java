package com.salesperf.evaluation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunkWorkTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static List<Integer> chunk(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    @Test
    void keepsTheOrderOfTheItemsAndDoesEachOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<String> out =
                ChunkWork.map(
                        chunk(1000),
                        i -> {
                            assertThat(seen.add(i)).as("item %d done twice", i).isTrue();
                            return "r" + i;
                        },
                        pool,
                        4);
        assertThat(out).isEqualTo(chunk(1000).stream().map(i -> "r" + i).toList());
    }

    @Test
    void usesMoreThanOneThreadForALargeChunk() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        ChunkWork.map(
                chunk(200),
                i -> {
                    if (threads.add(Thread.currentThread().getName())) {
                        bothStarted.countDown();
                        await(bothStarted);
                    }
                    return i;
                },
                pool,
                2);
        assertThat(threads).hasSize(2);
    }

    @Test
    void completesWhenTheExecutorHasNoThreadToSpare() throws Exception {
        ExecutorService busy = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            busy.submit(() -> await(release));
            List<Integer> out = ChunkWork.map(chunk(500), i -> i * 2, busy, 4);
            assertThat(out).isEqualTo(chunk(500).stream().map(i -> i * 2).toList());
        } finally {
            release.countDown();
            busy.shutdownNow();
        }
    }

    @Test
    void aFailureOnAPooledThreadReachesTheCaller() {
        assertThatThrownBy(
                        () ->
                                ChunkWork.map(
                                        chunk(1000),
                                        i -> {
                                            if (i == 999) {
                                                throw new IllegalStateException("rep 999");
                                            }
                                            return i;
                                        },
                                        pool,
                                        4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rep 999");
    }

    @Test
    void smallChunksStayOnTheCallingThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ChunkWork.map(
                chunk(40),
                i -> {
                    threads.add(Thread.currentThread().getName());
                    return i;
                },
                pool,
                4);
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
