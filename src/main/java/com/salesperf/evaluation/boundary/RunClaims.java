package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

/**
 * The database decides whether a run happens: a claim inserts the run row, whose unique key
 * (period, scheme version, trigger) refuses a second claim of the same close, whichever timer,
 * instance or restart makes it. Each claim commits on its own before the job starts.
 */
@Stateless
public class RunClaims {

    @PersistenceContext EntityManager em;

    /**
     * @return the new run's id, or empty when the close was already claimed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> claim(RunRequest request, String requestedBy) {
        if (existing(request)) {
            return Optional.empty();
        }
        EvaluationRun run = new EvaluationRun(request, requestedBy, Instant.now());
        try {
            em.persist(run);
            em.flush();
        } catch (PersistenceException concurrentClaim) {
            // Another instance inserted the same key between the check and the insert; the
            // transaction is rolled back and this claim does nothing.
            return Optional.empty();
        }
        return Optional.of(run.getId());
    }

    private boolean existing(RunRequest request) {
        return !em.createNamedQuery("EvaluationRun.findByClaim", EvaluationRun.class)
                .setParameter("period", request.periodCode())
                .setParameter("scheme", request.schemeVersionId())
                .setParameter("trigger", request.triggerKey())
                .getResultList()
                .isEmpty();
    }
}
