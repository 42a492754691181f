package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.control.DefinitionRef;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Where runs get their scheme and plan versions. Until scheme persistence (SchemeCatalog) is on
 * main this serves the shipped defaults under fixed version ids; switching means replacing the
 * bodies of {@link #resolve}, {@link #byIds} and {@link #freeze} with SchemeCatalog calls.
 */
@ApplicationScoped
public class RunDefinitions {

    /** Version ids of the shipped defaults until they are stored. */
    private static final Map<Long, SchemeDefinition> SCHEMES =
            Map.of(1L, DefaultSchemes.quarterly(), 2L, DefaultSchemes.monthlyProcess());

    private static final Map<Long, PlanDefinition> PLANS =
            Map.of(
                    1L, DefaultPlans.defaultPlan(),
                    2L, DefaultPlans.ladderPlan(),
                    3L, DefaultPlans.acceleratorPlan());

    private static final long DEFAULT_PLAN_ID = 1L;

    /** A scheme and plan version as a run uses them. */
    public record Definitions(
            long schemeVersionId,
            SchemeDefinition scheme,
            long planVersionId,
            PlanDefinition plan) {

        public DefinitionRef schemeRef() {
            return DefinitionRef.of(scheme);
        }

        public DefinitionRef planRef() {
            return DefinitionRef.of(plan);
        }
    }

    /**
     * The current version of a scheme code, or the version with this id, with the plan the scheme
     * names.
     *
     * @throws NotFoundException when there is no such scheme
     */
    public Definitions resolve(String codeOrVersionId) {
        String key = codeOrVersionId == null ? "" : codeOrVersionId.strip();
        for (Map.Entry<Long, SchemeDefinition> entry : SCHEMES.entrySet()) {
            if (entry.getValue().code().equals(key) || entry.getKey().toString().equals(key)) {
                return byIds(entry.getKey(), DEFAULT_PLAN_ID);
            }
        }
        throw new NotFoundException("scheme " + key);
    }

    /**
     * @throws NotFoundException when either version does not exist
     */
    public Definitions byIds(long schemeVersionId, long planVersionId) {
        SchemeDefinition scheme = SCHEMES.get(schemeVersionId);
        PlanDefinition plan = PLANS.get(planVersionId);
        if (scheme == null || plan == null) {
            throw new NotFoundException("scheme version " + schemeVersionId);
        }
        return new Definitions(schemeVersionId, scheme, planVersionId, plan);
    }

    /** The scheme codes an administrator may start a run with, sorted. */
    public java.util.List<String> schemeCodes() {
        return SCHEMES.values().stream().map(SchemeDefinition::code).sorted().toList();
    }

    /** A run used these versions: editing them from now on makes new versions. */
    public void freeze(long schemeVersionId, long planVersionId) {
        // The shipped defaults are code; nothing to freeze until they are stored.
    }
}
