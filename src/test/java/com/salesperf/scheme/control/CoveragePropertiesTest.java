package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Closed-open ladders built from any cut points cover the line exactly once; taking a step away
 * leaves exactly that gap; adding a range makes an overlap. Seeded random cut points.
 */
class CoveragePropertiesTest {

    private static final int TRIES = 300;
    private final Random random = new Random(42);

    private List<Interval> randomLadder(int minCuts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        int count = minCuts + random.nextInt(9 - minCuts);
        while (cuts.size() < count) {
            cuts.add(random.nextInt(-50, 51));
        }
        List<Interval> ranges = new ArrayList<>();
        BigDecimal previous = null;
        for (int cut : cuts) {
            ranges.add(Interval.closedOpen(previous, BigDecimal.valueOf(cut)));
            previous = BigDecimal.valueOf(cut);
        }
        ranges.add(Interval.closedOpen(previous, null));
        return ranges;
    }

    @Test
    void aLadderIsCoveredOnce() {
        for (int i = 0; i < TRIES; i++) {
            List<Interval> ranges = randomLadder(0);
            List<CoverageSegment> segments = Coverage.of(ranges);
            assertThat(segments).as("%s", ranges).allMatch(s -> s.kind() == SegmentKind.BAND);
            assertThat(segments).as("%s", ranges).hasSize(ranges.size());
        }
    }

    @Test
    void everyValueLiesInExactlyOneStep() {
        for (int i = 0; i < TRIES; i++) {
            List<Interval> ranges = randomLadder(0);
            // -60 to 60 in steps of 0.5: hits every cut point and the values between them
            BigDecimal value =
                    BigDecimal.valueOf(random.nextInt(-120, 121)).divide(BigDecimal.valueOf(2));
            assertThat(ranges.stream().filter(range -> range.contains(value)))
                    .as("%s in %s", value, ranges)
                    .hasSize(1);
        }
    }

    @Test
    void removingAStepLeavesExactlyThatGap() {
        for (int i = 0; i < TRIES; i++) {
            List<Interval> ranges = randomLadder(2);
            Interval gap = ranges.remove(1 + random.nextInt(ranges.size() - 2));
            List<CoverageSegment> gaps =
                    Coverage.of(ranges).stream().filter(s -> s.kind() == SegmentKind.GAP).toList();
            assertThat(gaps)
                    .as("%s without %s", ranges, gap)
                    .singleElement()
                    .satisfies(s -> assertThat(s.interval()).isEqualTo(gap));
        }
    }

    @Test
    void addingARangeMakesAnOverlapAndNoGap() {
        for (int i = 0; i < TRIES; i++) {
            List<Interval> ranges = randomLadder(0);
            int from = random.nextInt(-60, 61);
            ranges.add(Interval.closedOpen(BigDecimal.valueOf(from), BigDecimal.valueOf(from + 1)));
            assertThat(Coverage.of(ranges))
                    .as("%s", ranges)
                    .anyMatch(segment -> segment.kind() == SegmentKind.OVERLAP)
                    .noneMatch(segment -> segment.kind() == SegmentKind.GAP);
        }
    }
}
