package com.salesperf.audit.boundary;

import com.salesperf.audit.control.CheckpointFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/**
 * Where audit checkpoints are kept outside the database: {@code <server root dir>/audit/
 * checkpoints.log}, i.e. under data/ for the README setup, beside the H2 file but not in it.
 */
@ApplicationScoped
public class CheckpointFileLocation {

    private final CheckpointFile file =
            new CheckpointFile(
                    Path.of(
                            System.getProperty(
                                    "com.sun.aas.instanceRoot",
                                    System.getProperty("java.io.tmpdir")),
                            "audit",
                            "checkpoints.log"));

    @Produces
    CheckpointFile checkpointFile() {
        return file;
    }
}
