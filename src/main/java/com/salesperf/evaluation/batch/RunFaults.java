package com.salesperf.evaluation.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A seam for the restart test: makes the next result chunk that reaches a position fail once, as a
 * crash or a lost database would. Nothing in the application sets it.
 */
@ApplicationScoped
public class RunFaults {

    private volatile int failOnceAtSeq = -1;

    public void failOnceAt(int seq) {
        failOnceAtSeq = seq;
    }

    void check(List<ResultRow> chunk) {
        int at = failOnceAtSeq;
        if (at >= 0 && chunk.stream().anyMatch(row -> row.seq() >= at)) {
            failOnceAtSeq = -1;
            throw new IllegalStateException("injected failure at position " + at);
        }
    }
}
