package com.salesperf.audit.control;

import java.time.Instant;

/**
 * The head of the chain written outside the database (a file and the server log), because a chain
 * alone cannot show that its newest entries were cut off.
 */
public record Checkpoint(long seq, String entryHash, Instant takenAt, String reason) {

    /** One line of the checkpoint file: {@code seq hash time reason}. */
    public String toLine() {
        return seq + " " + entryHash + " " + takenAt + " " + reason.replaceAll("\\s+", "_");
    }

    public static Checkpoint parse(String line) {
        String[] parts = line.trim().split(" ", 4);
        if (parts.length < 3) {
            throw new IllegalArgumentException("not a checkpoint line: " + line);
        }
        return new Checkpoint(
                Long.parseLong(parts[0]),
                parts[1],
                Instant.parse(parts[2]),
                parts.length > 3 ? parts[3] : "");
    }
}
