package com.salesperf.scheme.control;

import java.util.List;

/**
 * A maximal stretch of the number line covered by the same ranges.
 *
 * @param indexes positions (0-based) of the covering ranges in the list given to {@link Coverage}
 */
public record CoverageSegment(Interval interval, SegmentKind kind, List<Integer> indexes) {

    public CoverageSegment {
        indexes = List.copyOf(indexes);
    }
}
