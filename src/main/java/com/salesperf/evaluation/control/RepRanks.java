package com.salesperf.evaluation.control;

import java.util.Objects;

/**
 * @param region null when the rep has no region
 * @param team null when the rep has no team
 */
public record RepRanks(GroupRank company, GroupRank region, GroupRank team) {

    public RepRanks {
        Objects.requireNonNull(company, "company");
    }
}
