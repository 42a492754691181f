package com.salesperf.scheme.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.PlanValidator;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.SchemeValidator;
import com.salesperf.scheme.entity.PlanVersion;
import com.salesperf.scheme.entity.SchemeVersion;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored versions of evaluation schemes and incentive plans. Saving never changes a stored
 * version: it validates the edited definition and writes it as the next version of its code, so
 * results computed with an earlier version keep pointing at exactly the content they used.
 */
@Stateless
public class SchemeCatalog {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    /** Every version of every scheme, newest version of each code first. */
    public List<SchemeVersion> schemeVersions(Caller caller) {
        requireReader(caller);
        return em.createNamedQuery("SchemeVersion.all", SchemeVersion.class).getResultList();
    }

    public List<PlanVersion> planVersions(Caller caller) {
        requireReader(caller);
        return em.createNamedQuery("PlanVersion.all", PlanVersion.class).getResultList();
    }

    /** One scheme version for a reader's screen (administrators, HR, finance, auditors). */
    public StoredScheme scheme(Caller caller, long versionId) {
        requireReader(caller);
        return scheme(versionId);
    }

    /** One plan version for a reader's screen. */
    public StoredPlan plan(Caller caller, long versionId) {
        requireReader(caller);
        return plan(versionId);
    }

    public StoredScheme scheme(long versionId) {
        SchemeVersion row = em.find(SchemeVersion.class, versionId);
        if (row == null) {
            throw new NotFoundException("scheme version " + versionId);
        }
        return StoredScheme.of(row);
    }

    public StoredScheme currentScheme(String code) {
        return latestScheme(code)
                .map(StoredScheme::of)
                .orElseThrow(() -> new NotFoundException("scheme " + code));
    }

    /** A scheme named by its code (latest version) or by the id of one version. */
    public StoredScheme resolveScheme(String codeOrVersionId) {
        if (codeOrVersionId != null && codeOrVersionId.chars().allMatch(Character::isDigit)) {
            return scheme(Long.parseLong(codeOrVersionId));
        }
        return currentScheme(codeOrVersionId);
    }

    public StoredPlan plan(long versionId) {
        PlanVersion row = em.find(PlanVersion.class, versionId);
        if (row == null) {
            throw new NotFoundException("plan version " + versionId);
        }
        return StoredPlan.of(row);
    }

    public StoredPlan currentPlan(String code) {
        return latestPlan(code)
                .map(StoredPlan::of)
                .orElseThrow(() -> new NotFoundException("plan " + code));
    }

    /** A run used these versions; from now on they are read-only history. */
    public void freeze(long schemeVersionId, long planVersionId) {
        SchemeVersion scheme = em.find(SchemeVersion.class, schemeVersionId);
        PlanVersion plan = em.find(PlanVersion.class, planVersionId);
        if (scheme == null || plan == null) {
            throw new NotFoundException("scheme or plan version");
        }
        freeze(scheme.isFrozen(), scheme::freeze, "SchemeVersion", schemeVersionId);
        freeze(plan.isFrozen(), plan::freeze, "PlanVersion", planVersionId);
    }

    private void freeze(boolean frozen, Runnable freezer, String entity, long id) {
        if (!frozen) {
            freezer.run();
            auditTrail.record(
                    AuditEvent.of(Caller.SCHEDULER, "DEFINITION_FROZEN", entity, id)
                            .because("used by an evaluation run"));
        }
    }

    /**
     * Validates and stores an edited scheme as the next version of its code.
     *
     * @throws InvalidDefinitionException with every validation error when the scheme is invalid
     */
    public StoredScheme saveScheme(
            Caller caller,
            SchemeDefinition edited,
            String planCode,
            Population population,
            String reason) {
        requireAdmin(caller);
        InvalidDefinitionException.requireNoErrors(edited.code(), SchemeValidator.validate(edited));
        if (planCode != null) {
            currentPlan(planCode);
        }
        lockVersionsOf("SchemeVersion", edited.code());
        int next = latestScheme(edited.code()).map(SchemeVersion::getVersion).orElse(0) + 1;
        SchemeDefinition numbered =
                new SchemeDefinition(
                        edited.code(),
                        next,
                        edited.nameZh(),
                        edited.nameEn(),
                        edited.periodType(),
                        edited.indicators(),
                        edited.gradeBands());
        SchemeVersion row =
                new SchemeVersion(
                        numbered, planCode, population, caller.username(), reason, Instant.now());
        em.persist(row);
        em.flush();
        auditTrail.record(
                AuditEvent.of(
                                caller.username(),
                                "SCHEME_VERSION_SAVED",
                                "SchemeVersion",
                                row.getId())
                        .after(row.getDefinitionJson())
                        .because(reason));
        return StoredScheme.of(row);
    }

    /**
     * Validates and stores an edited plan as the next version of its code.
     *
     * @throws InvalidDefinitionException with every validation error when the plan is invalid
     */
    public StoredPlan savePlan(Caller caller, PlanDefinition edited, String reason) {
        requireAdmin(caller);
        InvalidDefinitionException.requireNoErrors(edited.code(), PlanValidator.validate(edited));
        lockVersionsOf("PlanVersion", edited.code());
        int next = latestPlan(edited.code()).map(PlanVersion::getVersion).orElse(0) + 1;
        PlanDefinition numbered =
                new PlanDefinition(
                        edited.code(),
                        next,
                        edited.nameZh(),
                        edited.nameEn(),
                        edited.currency(),
                        edited.tiers(),
                        edited.modifiers(),
                        edited.commission(),
                        edited.bonusBudget());
        PlanVersion row = new PlanVersion(numbered, caller.username(), reason, Instant.now());
        em.persist(row);
        em.flush();
        auditTrail.record(
                AuditEvent.of(caller.username(), "PLAN_VERSION_SAVED", "PlanVersion", row.getId())
                        .after(row.getDefinitionJson())
                        .because(reason));
        return StoredPlan.of(row);
    }

    private Optional<SchemeVersion> latestScheme(String code) {
        return em.createNamedQuery("SchemeVersion.byCode", SchemeVersion.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<PlanVersion> latestPlan(String code) {
        return em.createNamedQuery("PlanVersion.byCode", PlanVersion.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Two administrators saving the same code at once would both compute the same next number; the
     * unique (code, version) key refuses the second, and locking the existing versions makes the
     * second wait instead and then take the following number.
     */
    private void lockVersionsOf(String entity, String code) {
        em.createQuery("SELECT v FROM " + entity + " v WHERE v.code = :code")
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAny(Role.ADMIN, Role.HR, Role.AUDITOR, Role.FINANCE)) {
            throw new AccessDeniedException("evaluation schemes");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("edit evaluation schemes");
        }
    }
}
