package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.boundary.RunSteps;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a run's working rows page by page in position order, remembering the last position handed
 * out: that position is the reader's checkpoint.
 */
final class ItemPages {

    private final RunSteps steps;
    private final long runId;
    private final Deque<RunItem> page = new ArrayDeque<>();
    private int last;
    private boolean exhausted;

    ItemPages(RunSteps steps, long runId, Serializable checkpoint, int start) {
        this.steps = steps;
        this.runId = runId;
        this.last = checkpoint == null ? start : (Integer) checkpoint;
    }

    RunItem next() throws SQLException {
        if (page.isEmpty() && !exhausted) {
            page.addAll(steps.items(runId, last, JobRun.CHUNK));
            exhausted = page.isEmpty();
        }
        RunItem item = page.poll();
        if (item != null) {
            last = item.seq();
        }
        return item;
    }

    Serializable checkpoint() {
        return last;
    }
}
