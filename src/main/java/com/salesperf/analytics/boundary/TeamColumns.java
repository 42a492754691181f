package com.salesperf.analytics.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * Which columns of the team table the user shows. The page's column toggler reports each change;
 * the view keeps this value so that the PDF, built on the server, prints what the screen shows.
 */
public final class TeamColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<TeamColumn> shown;

    private TeamColumns(EnumSet<TeamColumn> shown) {
        this.shown = shown;
    }

    /** A table as it first appears: every column. */
    public static TeamColumns all() {
        return new TeamColumns(EnumSet.allOf(TeamColumn.class));
    }

    /**
     * These columns with the one at a position of the page shown or hidden. A position the table
     * does not have (a stale or forged request) changes nothing.
     */
    public TeamColumns with(int index, boolean visible) {
        return TeamColumn.at(index)
                .map(
                        column -> {
                            EnumSet<TeamColumn> next = shown.clone();
                            if (visible) {
                                next.add(column);
                            } else {
                                next.remove(column);
                            }
                            return new TeamColumns(next);
                        })
                .orElse(this);
    }

    /** The shown columns in the order of the page; empty when the user hid them all. */
    public List<TeamColumn> visible() {
        return List.copyOf(shown);
    }
}
