package com.salesperf.analytics.control;

/** The levels of the drill-down: the whole company by region, a region by team, a team by rep. */
public enum Level {
    REGION,
    TEAM,
    REP;

    /** The level shown after clicking a row of this level; reps are the bottom. */
    public Level below() {
        return this == REGION ? TEAM : REP;
    }
}
