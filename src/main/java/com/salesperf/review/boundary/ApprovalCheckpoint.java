package com.salesperf.review.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SPEC §11: the audit head is checkpointed after every approval (and every reopening of one). After
 * the commit, so the checkpoint includes the approval's own audit entry.
 */
@ApplicationScoped
public class ApprovalCheckpoint {

    private static final Logger LOG = Logger.getLogger(ApprovalCheckpoint.class.getName());

    @Inject AuditTrail auditTrail;

    void afterApproval(@Observes(during = TransactionPhase.AFTER_SUCCESS) PackageApproved event) {
        try {
            auditTrail.checkpoint("approval of review package " + event.packageId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not checkpoint the audit head after an approval", e);
        }
    }

    /** Undoing an approval is checkpointed like the approval itself. */
    void afterReopening(@Observes(during = TransactionPhase.AFTER_SUCCESS) PackageReopened event) {
        try {
            auditTrail.checkpoint("reopening of review package " + event.packageId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not checkpoint the audit head after a reopening", e);
        }
    }
}
