package com.salesperf.organization.control;

import com.salesperf.organization.entity.OrgUnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Serves the organisation tree from a snapshot that is re-read at most every {@link #MAX_AGE}, so
 * several instances sharing a database converge quickly without a query per access check.
 *
 * <p>Changes made on this instance take effect at once: saving an org unit and committing an
 * org-unit import call {@link #changed()}. Changes made by another instance reach this one only
 * through the {@link #MAX_AGE} re-read, so they may be up to that long late here.
 */
@ApplicationScoped
public class Organization {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @PersistenceContext EntityManager em;

    private volatile OrgTree tree;
    private volatile Instant loadedAt = Instant.EPOCH;

    public OrgTree tree() {
        if (tree == null || loadedAt.plus(MAX_AGE).isBefore(Instant.now())) {
            tree = load();
            loadedAt = Instant.now();
        }
        return tree;
    }

    /** Forces the next access to re-read the tree: an org unit was saved or imported here. */
    public void changed() {
        tree = null;
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
