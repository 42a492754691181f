package com.salesperf.audit.control;

import java.util.List;

/**
 * The outcome of verifying the audit chain: how many entries were checked, the head, and every
 * problem found, the first one named with its sequence number.
 */
public record ChainVerification(
        long entriesChecked, long headSeq, Checkpoint checkpoint, List<Problem> problems) {

    public enum Kind {
        HASH_MISMATCH,
        BROKEN_LINK,
        SEQUENCE_GAP,
        CHECKPOINT_MISSING_ENTRY,
        CHECKPOINT_HASH_MISMATCH
    }

    /** One problem; {@code seq} is the entry that fails. */
    public record Problem(Kind kind, long seq, String detail) {}

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public Problem firstProblem() {
        return problems.isEmpty() ? null : problems.get(0);
    }
}
