package com.salesperf.audit.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the audit entries in sequence order and checks each one: its stored hash equals the hash of
 * its content, it names the previous entry's hash, and no sequence number is missing. At the end
 * the newest checkpoint must still be found unchanged in the chain — otherwise entries were removed
 * from its tail. Fed page by page, so millions of entries need little memory.
 */
public final class ChainVerifier {

    private static final int MAX_PROBLEMS = 100;

    private final List<ChainVerification.Problem> problems = new ArrayList<>();
    private long expectedSeq = 1;
    private String previousHash = AuditHasher.GENESIS;
    private long checked;
    private String hashAtCheckpoint;
    private final Checkpoint checkpoint;

    public ChainVerifier(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    public void accept(AuditRecord entry) {
        checked++;
        if (entry.seq() != expectedSeq) {
            problem(
                    ChainVerification.Kind.SEQUENCE_GAP,
                    expectedSeq,
                    "entries " + expectedSeq + "–" + (entry.seq() - 1) + " are missing");
        }
        if (!entry.prevHash().equals(previousHash)) {
            problem(
                    ChainVerification.Kind.BROKEN_LINK,
                    entry.seq(),
                    "does not name the hash of its predecessor");
        }
        if (!AuditHasher.hash(entry).equals(entry.entryHash())) {
            problem(
                    ChainVerification.Kind.HASH_MISMATCH,
                    entry.seq(),
                    "content differs from its hash (changed after writing)");
        }
        if (checkpoint != null && entry.seq() == checkpoint.seq()) {
            hashAtCheckpoint = entry.entryHash();
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.entryHash();
    }

    public ChainVerification finish() {
        if (checkpoint != null && checkpoint.seq() > 0) {
            if (hashAtCheckpoint == null) {
                problem(
                        ChainVerification.Kind.CHECKPOINT_MISSING_ENTRY,
                        checkpoint.seq(),
                        "the checkpoint of "
                                + checkpoint.takenAt()
                                + " names entry "
                                + checkpoint.seq()
                                + ", which is gone");
            } else if (!hashAtCheckpoint.equals(checkpoint.entryHash())) {
                problem(
                        ChainVerification.Kind.CHECKPOINT_HASH_MISMATCH,
                        checkpoint.seq(),
                        "differs from the checkpoint of " + checkpoint.takenAt());
            }
        }
        return new ChainVerification(checked, expectedSeq - 1, checkpoint, problems);
    }

    private void problem(ChainVerification.Kind kind, long seq, String detail) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ChainVerification.Problem(kind, seq, detail));
        }
    }
}
