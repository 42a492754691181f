package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.BandStrip;
import com.salesperf.scheme.control.SegmentKind;
import com.salesperf.scheme.control.StripSegment;
import java.io.Serializable;
import java.util.List;

/**
 * One cell of the band strip under an indicator: equal widths, because the bounds reach to infinity
 * and the point is to see order, gaps and overlaps, not proportions.
 *
 * @param label the range, e.g. "[80, 100)"
 * @param score the band's score; empty for a gap or an overlap
 * @param styleClass strip-band, strip-admin, strip-gap or strip-overlap
 */
public record StripCell(String label, String score, SegmentKind kind, String styleClass)
        implements Serializable {

    public static List<StripCell> of(List<Band> bands) {
        return BandStrip.of(bands).stream().map(StripCell::of).toList();
    }

    static StripCell of(StripSegment segment) {
        String label = segment.interval().format();
        return switch (segment.kind()) {
            case GAP -> new StripCell(label, "", SegmentKind.GAP, "strip-gap");
            case OVERLAP -> new StripCell(label, "", SegmentKind.OVERLAP, "strip-overlap");
            case BAND ->
                    new StripCell(
                            label,
                            segment.score().stripTrailingZeros().toPlainString(),
                            SegmentKind.BAND,
                            segment.adminChoice() ? "strip-admin" : "strip-band");
        };
    }
}
