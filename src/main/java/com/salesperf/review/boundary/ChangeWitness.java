package com.salesperf.review.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who changed a row last, read in a transaction of its own: the caller's transaction has just lost
 * an optimistic-lock race and is marked for rollback, but the user should still learn the name.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangeWitness {

    @PersistenceContext EntityManager em;

    /**
     * @param entity an entity with a {@code changedBy} field and a Long id
     */
    public String lastChangedBy(Class<?> entity, long id) {
        List<String> names =
                em.createQuery(
                                "SELECT e.changedBy FROM "
                                        + entity.getSimpleName()
                                        + " e WHERE e.id = :id",
                                String.class)
                        .setParameter("id", id)
                        .getResultList();
        return names.isEmpty() ? "?" : names.get(0);
    }
}
