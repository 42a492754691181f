package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;

/** Which definition a result was computed with: code, version and content hash. */
public record DefinitionRef(String code, int version, String contentHash) {

    public static DefinitionRef of(SchemeDefinition scheme) {
        return new DefinitionRef(scheme.code(), scheme.version(), ContentHash.of(scheme));
    }

    public static DefinitionRef of(PlanDefinition plan) {
        return new DefinitionRef(plan.code(), plan.version(), ContentHash.of(plan));
    }
}
