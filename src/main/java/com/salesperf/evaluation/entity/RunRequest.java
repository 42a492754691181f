package com.salesperf.evaluation.entity;

/**
 * What a run is claimed for: the period, the exact scheme and plan versions (with their content
 * hashes), and the trigger that makes the claim unique.
 *
 * @param triggerKey {@code SCHEDULE} for the scheduler (one run per close), a unique key for an
 *     administrator's run
 */
public record RunRequest(
        String periodCode,
        String periodType,
        long schemeVersionId,
        String schemeCode,
        int schemeVersion,
        String schemeHash,
        long planVersionId,
        String planCode,
        int planVersion,
        String planHash,
        String triggerKey,
        boolean preview) {}
