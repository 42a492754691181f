package com.salesperf.scheme.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits the whole number line (-inf, +inf) by a list of ranges into segments covered by exactly
 * one range, by none (gap) or by several (overlap), respecting inclusive and exclusive ends.
 *
 * <p>How: every finite bound cuts the line into single points and the open stretches between them.
 * No bound lies inside an open stretch, so one sample number decides what covers all of it.
 * Neighbouring pieces covered by the same ranges are then joined. Empty ranges are ignored.
 */
public final class Coverage {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Coverage() {}

    public static List<CoverageSegment> of(List<Interval> ranges) {
        List<CoverageSegment> segments = new ArrayList<>();
        for (Interval piece : pieces(ranges)) {
            List<Integer> covering = covering(ranges, sample(piece));
            append(segments, new CoverageSegment(piece, kindOf(covering.size()), covering));
        }
        return List.copyOf(segments);
    }

    private static List<Interval> pieces(List<Interval> ranges) {
        TreeSet<BigDecimal> cuts = cuts(ranges);
        List<Interval> pieces = new ArrayList<>();
        BigDecimal previous = null;
        for (BigDecimal cut : cuts) {
            pieces.add(new Interval(previous, false, cut, false));
            pieces.add(Interval.point(cut));
            previous = cut;
        }
        pieces.add(new Interval(previous, false, null, false));
        return pieces;
    }

    // BigDecimal's compareTo makes 80 and 80.0 one cut.
    private static TreeSet<BigDecimal> cuts(List<Interval> ranges) {
        TreeSet<BigDecimal> cuts = new TreeSet<>();
        for (Interval range : ranges) {
            if (!range.isEmpty()) {
                addIfFinite(cuts, range.lower());
                addIfFinite(cuts, range.upper());
            }
        }
        return cuts;
    }

    private static void addIfFinite(TreeSet<BigDecimal> cuts, BigDecimal bound) {
        if (bound != null) {
            cuts.add(bound);
        }
    }

    private static BigDecimal sample(Interval piece) {
        if (piece.lower() == null) {
            return piece.upper() == null ? BigDecimal.ZERO : piece.upper().subtract(BigDecimal.ONE);
        }
        if (piece.upper() == null) {
            return piece.lower().add(BigDecimal.ONE);
        }
        return piece.lower().add(piece.upper()).divide(TWO);
    }

    private static List<Integer> covering(List<Interval> ranges, BigDecimal sample) {
        List<Integer> covering = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (!ranges.get(i).isEmpty() && ranges.get(i).contains(sample)) {
                covering.add(i);
            }
        }
        return covering;
    }

    private static SegmentKind kindOf(int coveringCount) {
        return switch (coveringCount) {
            case 0 -> SegmentKind.GAP;
            case 1 -> SegmentKind.BAND;
            default -> SegmentKind.OVERLAP;
        };
    }

    private static void append(List<CoverageSegment> segments, CoverageSegment next) {
        int last = segments.size() - 1;
        if (last >= 0 && continues(segments.get(last), next)) {
            segments.set(last, joined(segments.get(last), next));
        } else {
            segments.add(next);
        }
    }

    private static boolean continues(CoverageSegment previous, CoverageSegment next) {
        return previous.kind() == next.kind() && previous.indexes().equals(next.indexes());
    }

    private static CoverageSegment joined(CoverageSegment first, CoverageSegment second) {
        Interval a = first.interval();
        Interval b = second.interval();
        Interval both = new Interval(a.lower(), a.lowerInclusive(), b.upper(), b.upperInclusive());
        return new CoverageSegment(both, first.kind(), first.indexes());
    }
}
