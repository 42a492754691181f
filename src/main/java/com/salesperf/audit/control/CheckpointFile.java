package com.salesperf.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** The append-only file of checkpoints under the data folder, one line per checkpoint. */
public final class CheckpointFile {

    private final Path file;

    public CheckpointFile(Path file) {
        this.file = file;
    }

    public synchronized void append(Checkpoint checkpoint) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    checkpoint.toLine() + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint to " + file, e);
        }
    }

    /** The newest checkpoint, if any was written here. */
    public synchronized Optional<Checkpoint> latest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return Optional.of(Checkpoint.parse(lines.get(i)));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints in " + file, e);
        }
    }

    public Path path() {
        return file;
    }
}
