package com.salesperf.scheme.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.platform.boundary.DatabaseStatus;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.entity.PlanVersion;
import com.salesperf.scheme.entity.SchemeVersion;
import com.salesperf.security.control.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Ships the default schemes and plans of SPEC §7 and §9 as ordinary, editable data: on a database
 * without any scheme, version 1 of each is stored. From then on they are edited like any other.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultDefinitionsSeeder {

    private static final Logger LOG = Logger.getLogger(DefaultDefinitionsSeeder.class.getName());
    private static final String REASON = "shipped default";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject DatabaseStatus database;

    @PostConstruct
    void seedIfEmpty() {
        if (!database.isAvailable()
                || em.createNamedQuery("SchemeVersion.count", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = Instant.now();
        store(DefaultPlans.defaultPlan(), now);
        store(DefaultPlans.ladderPlan(), now);
        store(DefaultPlans.acceleratorPlan(), now);
        store(DefaultSchemes.quarterly(), DefaultPlans.DEFAULT_CODE, now);
        store(DefaultSchemes.monthlyProcess(), DefaultPlans.DEFAULT_CODE, now);
        LOG.info("Stored the default evaluation schemes and incentive plans");
    }

    private void store(SchemeDefinition scheme, String planCode, Instant now) {
        SchemeVersion row =
                new SchemeVersion(
                        scheme, planCode, Population.everyone(), Caller.SCHEDULER, REASON, now);
        em.persist(row);
        em.flush();
        audit("SchemeVersion", row.getId(), row.getDefinitionJson());
    }

    private void store(PlanDefinition plan, Instant now) {
        PlanVersion row = new PlanVersion(plan, Caller.SCHEDULER, REASON, now);
        em.persist(row);
        em.flush();
        audit("PlanVersion", row.getId(), row.getDefinitionJson());
    }

    private void audit(String entity, long id, String json) {
        auditTrail.record(
                AuditEvent.of(Caller.SCHEDULER, "DEFAULT_DEFINITION_STORED", entity, id)
                        .after(json)
                        .because(REASON));
    }
}
