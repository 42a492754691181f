package com.salesperf.audit.boundary;

import com.salesperf.audit.control.AuditEvent;
import com.salesperf.audit.control.AuditHasher;
import com.salesperf.audit.control.AuditRecord;
import com.salesperf.audit.control.ChainVerification;
import com.salesperf.audit.control.ChainVerifier;
import com.salesperf.audit.control.Checkpoint;
import com.salesperf.audit.control.CheckpointFile;
import com.salesperf.audit.entity.AuditEntry;
import com.salesperf.audit.entity.AuditHead;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The append-only, hash-chained audit log. {@link #record} joins the caller's transaction, so the
 * audited change and its audit entry commit or roll back together; the head row lock keeps the
 * sequence gapless and the chain linear even with several servers on one database.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int PAGE = 2_000;

    @PersistenceContext EntityManager em;

    @Inject CheckpointFile checkpoints;

    /** Appends the event as the next entry of the chain and returns its sequence number. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long record(AuditEvent event) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord sealed =
                AuditHasher.seal(
                        new AuditRecord(
                                head.getSeq() + 1,
                                Instant.now(),
                                event.actor(),
                                event.action(),
                                event.entityType(),
                                event.entityId(),
                                event.beforeJson(),
                                event.afterJson(),
                                event.reason(),
                                head.getEntryHash(),
                                null));
        em.persist(new AuditEntry(sealed));
        head.advanceTo(sealed.seq(), sealed.entryHash());
        return sealed.seq();
    }

    /**
     * Writes the current head to the checkpoint file and the server log. Called after every run,
     * approval and period close, at start-up and daily.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Checkpoint checkpoint(String reason) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        Checkpoint checkpoint =
                new Checkpoint(head.getSeq(), head.getEntryHash(), Instant.now(), reason);
        checkpoints.append(checkpoint);
        LOG.info(() -> "AUDIT-CHECKPOINT " + checkpoint.toLine());
        return checkpoint;
    }

    /** Verifies the whole chain against itself and the newest checkpoint (auditors and admins). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify(Caller caller) {
        requireAuditor(caller);
        ChainVerifier verifier = new ChainVerifier(checkpoints.latest().orElse(null));
        long after = 0;
        List<AuditEntry> page;
        do {
            page =
                    em.createQuery(
                                    "SELECT a FROM AuditEntry a WHERE a.seq > :after ORDER BY a.seq",
                                    AuditEntry.class)
                            .setParameter("after", after)
                            .setMaxResults(PAGE)
                            .getResultList();
            for (AuditEntry entry : page) {
                verifier.accept(entry.toRecord());
                after = entry.getSeq();
            }
            em.clear();
        } while (page.size() == PAGE);
        return verifier.finish();
    }

    /** The history of one record, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> historyOf(String entityType, String entityId) {
        return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultStream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    static void requireAuditor(Caller caller) {
        if (!caller.hasAny(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("audit verification");
        }
    }
}
