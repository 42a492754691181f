package com.salesperf.review.control;

/** Whether a rep's result belongs to a package's scope, by the org codes the run stored. */
public final class ScopeMatch {

    private ScopeMatch() {}

    public static boolean contains(ResultScope scope, RepFigures figures) {
        return switch (scope.level()) {
            case COMPANY -> true;
            case REGION -> scope.code().equals(figures.regionCode());
            case TEAM -> scope.code().equals(figures.teamCode());
        };
    }
}
