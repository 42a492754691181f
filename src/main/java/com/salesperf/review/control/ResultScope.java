package com.salesperf.review.control;

/**
 * Which results of a run belong to a package: a team's or a region's by the org codes the run
 * stored on each result, or the whole company.
 */
public record ResultScope(Level level, String code) {

    public enum Level {
        COMPANY,
        REGION,
        TEAM
    }

    public static ResultScope company() {
        return new ResultScope(Level.COMPANY, null);
    }
}
