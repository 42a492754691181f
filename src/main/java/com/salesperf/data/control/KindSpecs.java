package com.salesperf.data.control;

import java.util.EnumMap;
import java.util.Map;

/** The specification of every import kind, built once. */
public final class KindSpecs {

    private static final Map<ImportKind, KindSpec> SPECS = build();

    private KindSpecs() {}

    public static KindSpec of(ImportKind kind) {
        return SPECS.get(kind);
    }

    private static Map<ImportKind, KindSpec> build() {
        Map<ImportKind, KindSpec> specs = new EnumMap<>(ImportKind.class);
        specs.put(ImportKind.ORG_UNITS, MasterDataSpecs.orgUnits());
        specs.put(ImportKind.REPS, MasterDataSpecs.reps());
        specs.put(ImportKind.CUSTOMERS, MasterDataSpecs.customers());
        specs.put(ImportKind.TARGETS, MasterDataSpecs.targets());
        specs.put(ImportKind.SALES, FactSpecs.sales());
        specs.put(ImportKind.COLLECTIONS, FactSpecs.collections());
        specs.put(ImportKind.FEEDBACK, FactSpecs.feedback());
        specs.put(ImportKind.RATINGS, FactSpecs.ratings());
        specs.put(ImportKind.PLAN_SUBMISSIONS, FactSpecs.planSubmissions());
        specs.put(ImportKind.ACTIVITIES, FactSpecs.activities());
        specs.put(ImportKind.OPPORTUNITIES, FactSpecs.opportunities());
        specs.put(ImportKind.TRAINING, FactSpecs.training());
        specs.put(ImportKind.COMPLIANCE_INCIDENTS, FactSpecs.complianceIncidents());
        specs.put(ImportKind.SALES_COSTS, FactSpecs.salesCosts());
        return specs;
    }
}
