package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.control.DefinitionRef;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.scheme.boundary.StoredPlan;
import com.salesperf.scheme.boundary.StoredScheme;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Where runs get their scheme and plan versions: the stored versions of the scheme catalogue. A run
 * names a scheme code (its latest version) or a version id; the plan is the current version of the
 * plan the scheme names. A run refers to both by version id, so later edits (which make new
 * versions) never change what a run used.
 */
@ApplicationScoped
public class RunDefinitions {

    @Inject SchemeCatalog catalog;

    /**
     * A scheme and plan version as a run uses them.
     *
     * @param population who the scheme version applies to: the only reps the run evaluates
     */
    public record Definitions(
            long schemeVersionId,
            SchemeDefinition scheme,
            Population population,
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
     * The current version of a scheme code, or the version with this id, with the current version
     * of the plan the scheme names.
     *
     * @throws com.salesperf.platform.control.NotFoundException when there is no such scheme
     */
    public Definitions resolve(String codeOrVersionId) {
        StoredScheme scheme =
                catalog.resolveScheme(codeOrVersionId == null ? "" : codeOrVersionId.strip());
        return of(scheme, catalog.currentPlan(scheme.planCode()));
    }

    /**
     * @throws com.salesperf.platform.control.NotFoundException when either version is missing
     */
    public Definitions byIds(long schemeVersionId, long planVersionId) {
        StoredScheme scheme = catalog.scheme(schemeVersionId);
        return of(scheme, catalog.plan(planVersionId));
    }

    private static Definitions of(StoredScheme scheme, StoredPlan plan) {
        return new Definitions(
                scheme.id(),
                scheme.definition(),
                scheme.population(),
                plan.id(),
                plan.definition());
    }

    /** Who the scheme version applies to, i.e. whom a run with it evaluates. */
    public Population population(long schemeVersionId) {
        return catalog.scheme(schemeVersionId).population();
    }

    /** The scheme codes an administrator may start a run with, sorted. */
    public List<String> schemeCodes(Caller caller) {
        return catalog.schemeVersions(caller).stream()
                .map(version -> version.getCode())
                .distinct()
                .sorted()
                .toList();
    }

    /** A run used these versions: editing them from now on makes new versions. */
    public void freeze(long schemeVersionId, long planVersionId) {
        catalog.freeze(schemeVersionId, planVersionId);
    }
}
