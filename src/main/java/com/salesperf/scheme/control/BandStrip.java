package com.salesperf.scheme.control;

import java.util.List;

/** The band coverage of an indicator as segments a user interface can draw left to right. */
public final class BandStrip {

    private BandStrip() {}

    public static List<StripSegment> of(List<Band> bands) {
        List<Interval> ranges = bands.stream().map(Band::interval).toList();
        return Coverage.of(ranges).stream().map(segment -> toStrip(segment, bands)).toList();
    }

    private static StripSegment toStrip(CoverageSegment segment, List<Band> bands) {
        if (segment.kind() != SegmentKind.BAND) {
            return new StripSegment(
                    segment.interval(), segment.kind(), segment.indexes(), null, false);
        }
        Band band = bands.get(segment.indexes().get(0));
        return new StripSegment(
                segment.interval(),
                SegmentKind.BAND,
                segment.indexes(),
                band.score(),
                band.adminChoice());
    }
}
