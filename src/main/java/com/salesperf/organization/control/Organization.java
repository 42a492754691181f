package com.salesperf.organization.control;

import com.salesperf.organization.entity.OrgUnitKind;
import com.salesperf.platform.control.ExpiringSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Serves the organisation tree from a snapshot that is re-read at most every {@link #MAX_AGE}, so
 * several instances sharing a database converge quickly without a query per access check.
 *
 * <p>Changes made on this instance take effect at once: once an org unit saved or imported here is
 * committed, the tree is read again (a reading that began before is not kept). Changes made by
 * another instance reach this one only through the {@link #MAX_AGE} re-read, so they may be up to
 * that long late here.
 */
@ApplicationScoped
public class Organization {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @PersistenceContext EntityManager em;

    private final ExpiringSnapshot<OrgTree> snapshot =
            new ExpiringSnapshot<>(this::load, MAX_AGE, Clock.systemUTC());

    public OrgTree tree() {
        return snapshot.get();
    }

    /**
     * Forces the next access to re-read the tree: org units were imported here. Called only once
     * the change is committed, so the next reading sees it.
     */
    public void changed() {
        snapshot.markStale();
    }

    /** Org units saved here: the tree is read again once their transaction has committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrgUnitsChanged event) {
        changed();
    }

    private OrgTree load() {
        List<Object[]> rows =
                em.createQuery(
                                "SELECT u.id, p.id, u.code, u.kind, u.nameZh, u.nameEn FROM OrgUnit u LEFT JOIN u.parent p",
                                Object[].class)
                        .getResultList();
        return new OrgTree(
                rows.stream()
                        .map(
                                r ->
                                        new OrgTree.Node(
                                                (Long) r[0],
                                                (Long) r[1],
                                                (String) r[2],
                                                (OrgUnitKind) r[3],
                                                (String) r[4],
                                                (String) r[5]))
                        .toList());
    }
}
