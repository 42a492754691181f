package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;

/**
 * SHA-256 of a definition's canonical JSON, so a run records exactly which scheme and plan content
 * it used. It lives with the engine rather than with the definitions because it is the run that
 * needs it, and that keeps the definition package free of the serialiser.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(SchemeDefinition scheme) {
        return Sha256.hex(CanonicalJson.write(DefinitionJson.of(scheme)));
    }

    public static String of(PlanDefinition plan) {
        return Sha256.hex(CanonicalJson.write(DefinitionJson.of(plan)));
    }
}
