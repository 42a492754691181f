package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Interval co(String lower, String upper) {
        return Interval.closedOpen(d(lower), d(upper));
    }

    private static List<String> describe(List<CoverageSegment> segments) {
        return segments.stream()
                .map(s -> s.kind() + " " + s.interval().format() + " " + s.indexes())
                .toList();
    }

    @Test
    void closedOpenBandsTouchWithoutGapOrOverlap() {
        List<CoverageSegment> segments =
                Coverage.of(List.of(co("120", null), co("100", "120"), co(null, "100")));
        assertThat(describe(segments))
                .containsExactly(
                        "BAND (-inf, 100) [2]", "BAND [100, 120) [1]", "BAND [120, +inf) [0]");
    }

    @Test
    void closedUpperEndOverlapsTheNextBandAtOnePoint() {
        Interval closed = new Interval(d("100"), true, d("120"), true);
        List<CoverageSegment> segments =
                Coverage.of(List.of(co(null, "100"), closed, co("120", null)));
        assertThat(describe(segments))
                .containsExactly(
                        "BAND (-inf, 100) [0]",
                        "BAND [100, 120) [1]",
                        "OVERLAP [120, 120] [1, 2]",
                        "BAND (120, +inf) [2]");
    }

    @Test
    void missingMiddleLeavesAGap() {
        List<CoverageSegment> segments = Coverage.of(List.of(co(null, "80"), co("100", null)));
        assertThat(describe(segments))
                .containsExactly("BAND (-inf, 80) [0]", "GAP [80, 100) []", "BAND [100, +inf) [1]");
    }

    @Test
    void twoOpenEndsLeaveAPointGap() {
        Interval below = new Interval(null, false, d("5"), false);
        Interval above = new Interval(d("5"), false, null, false);
        assertThat(describe(Coverage.of(List.of(below, above))))
                .containsExactly("BAND (-inf, 5) [0]", "GAP [5, 5] []", "BAND (5, +inf) [1]");
    }

    @Test
    void aBandInsideAnotherOverlapsOverItsWholeLength() {
        List<CoverageSegment> segments = Coverage.of(List.of(co(null, null), co("10", "20")));
        assertThat(describe(segments))
                .containsExactly(
                        "BAND (-inf, 10) [0]", "OVERLAP [10, 20) [0, 1]", "BAND [20, +inf) [0]");
    }

    @Test
    void nothingIsOneBigGap() {
        assertThat(describe(Coverage.of(List.of()))).containsExactly("GAP (-inf, +inf) []");
    }

    @Test
    void emptyRangesAreIgnored() {
        Interval empty = new Interval(d("5"), true, d("5"), false);
        assertThat(describe(Coverage.of(List.of(co(null, null), empty))))
                .containsExactly("BAND (-inf, +inf) [0]");
    }

    @Test
    void equalValuesWithDifferentScalesAreOneCut() {
        assertThat(describe(Coverage.of(List.of(co(null, "80.0"), co("80", null)))))
                .containsExactly("BAND (-inf, 80) [0]", "BAND [80, +inf) [1]");
    }

    @Test
    void stripCarriesScoresAndAdminChoices() {
        List<Band> bands =
                List.of(
                        Band.of(d("120"), null, d("100")),
                        Band.of(d("100"), d("120"), d("80")),
                        Band.of(d("80"), d("100"), d("60")).asAdminChoice("filled"),
                        Band.of(null, d("70"), d("40")));
        List<StripSegment> strip = BandStrip.of(bands);
        assertThat(strip)
                .extracting(StripSegment::kind)
                .containsExactly(
                        SegmentKind.BAND,
                        SegmentKind.GAP,
                        SegmentKind.BAND,
                        SegmentKind.BAND,
                        SegmentKind.BAND);
        assertThat(strip.get(1).interval().format()).isEqualTo("[70, 80)");
        assertThat(strip.get(1).score()).isNull();
        assertThat(strip.get(2).score()).isEqualByComparingTo("60");
        assertThat(strip.get(2).adminChoice()).isTrue();
        assertThat(strip.get(4).bandIndexes()).containsExactly(0);
    }

    @Test
    void stripShowsOverlapsWithTheirBands() {
        List<Band> bands = List.of(Band.of(null, d("10"), d("1")), Band.of(d("5"), null, d("2")));
        List<StripSegment> strip = BandStrip.of(bands);
        assertThat(strip.get(1).kind()).isEqualTo(SegmentKind.OVERLAP);
        assertThat(strip.get(1).bandIndexes()).containsExactly(0, 1);
        assertThat(strip.get(1).interval().format()).isEqualTo("[5, 10)");
    }
}
