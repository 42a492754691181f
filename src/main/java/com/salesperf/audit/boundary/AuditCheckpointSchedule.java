package com.salesperf.audit.boundary;

import com.salesperf.platform.boundary.DatabaseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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
