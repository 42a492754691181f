package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One segment of the band strip an editor draws under an indicator.
 *
 * @param bandIndexes positions (0-based) of the covering bands: one for BAND, several for OVERLAP
 * @param score the band's score for BAND; null for GAP and OVERLAP
 * @param adminChoice the covering band is an administrator's choice
 */
public record StripSegment(
        Interval interval,
        SegmentKind kind,
        List<Integer> bandIndexes,
        BigDecimal score,
        boolean adminChoice) {

    public StripSegment {
        bandIndexes = List.copyOf(bandIndexes);
    }
}
