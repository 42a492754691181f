package com.salesperf.evaluation.control;

/**
 * A rep's competition rank within a group, and the group's size: in "1224" ranking, r is one plus
 * the number of reps in the group with a strictly higher total.
 */
public record GroupRank(int rank, int size) {

    public GroupRank {
        if (rank < 1 || rank > size) {
            throw new IllegalArgumentException("rank " + rank + " of " + size);
        }
    }
}
