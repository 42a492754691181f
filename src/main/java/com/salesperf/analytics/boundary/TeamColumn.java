package com.salesperf.analytics.boundary;

import java.util.Optional;

/**
 * The columns of the team table, in the order of the page (team/performance.xhtml: the column
 * toggler reports a column by its position), with the message key of the header and the share of
 * the PDF's width each takes.
 */
public enum TeamColumn {
    EMPLOYEE_NO("employee.employeeNo", 1.2f),
    NAME("employee.name", 1.4f),
    TEAM("team.team", 2f),
    REGION("team.region", 1.6f),
    TARGET("analytics.target", 1.6f),
    ACTUAL("analytics.actual", 1.6f),
    COMPLETION("analytics.completion", 1.1f),
    GAP("team.gap", 1.5f);

    private final String headerKey;
    private final float width;

    TeamColumn(String headerKey, float width) {
        this.headerKey = headerKey;
        this.width = width;
    }

    /**
     * The column at a position of the page, counted from 0 as the column toggler counts; empty for
     * a position the table does not have.
     */
    public static Optional<TeamColumn> at(int index) {
        TeamColumn[] all = values();
        return index >= 0 && index < all.length ? Optional.of(all[index]) : Optional.empty();
    }

    String headerKey() {
        return headerKey;
    }

    float width() {
        return width;
    }

    /** Amounts and percentages, aligned to the right. */
    boolean numeric() {
        return ordinal() >= TARGET.ordinal();
    }
}
