package com.salesperf.audit.boundary;

import com.salesperf.audit.control.CheckpointFile;
import com.salesperf.platform.boundary.DatabaseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checkpoints the audit head at start-up and every night, and says where the checkpoint file lives:
 * {@code <server root dir>/audit/checkpoints.log}, i.e. under data/ for the README setup. A
 * non-persistent timer: a missed night is covered by the start-up checkpoint.
 */
@Singleton
@Startup
@DependsOn("DemoCompanySeeder")
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Inject AuditTrail auditTrail;

    @Inject DatabaseStatus database;

    // static: Weld accepts a producer on a session bean only as a static or business method,
    // and a business method would call back into this singleton while it is initialising
    @Produces
    static CheckpointFile checkpointFile() {
        String root =
                System.getProperty(
                        "com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        return new CheckpointFile(Path.of(root, "audit", "checkpoints.log"));
    }

    @PostConstruct
    void atStartup() {
        take("startup");
    }

    @Schedule(hour = "1", minute = "15", persistent = false, info = "daily audit checkpoint")
    void daily() {
        take("daily");
    }

    /** Never throws: a timer callback that throws would be retried and then cancelled. */
    private void take(String reason) {
        if (!database.isAvailable()) {
            return;
        }
        try {
            auditTrail.checkpoint(reason);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not write the " + reason + " audit checkpoint", e);
        }
    }
}
