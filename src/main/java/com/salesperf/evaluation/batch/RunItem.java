package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.GroupRank;
import com.salesperf.evaluation.control.RepRanks;

/**
 * One working row of a run as the chunk steps read it: the rep's input text and, once ranked, the
 * ranks and the service-star mark.
 *
 * @param ranks null before ranking and for reps that are not evaluable
 */
public record RunItem(int seq, long employeeId, String input, RepRanks ranks, boolean serviceStar) {

    /** Ranks from the six nullable columns company, region and team rank and size. */
    public static RepRanks ranksOf(Integer[] values) {
        if (values[0] == null) {
            return null;
        }
        return new RepRanks(
                new GroupRank(values[0], values[1]),
                values[2] == null ? null : new GroupRank(values[2], values[3]),
                values[4] == null ? null : new GroupRank(values[4], values[5]));
    }
}
