package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Closed-open ladders built from any cut points cover the line exactly once. */
class CoveragePropertiesTest {

  private static List<Interval> ladder(Set<Integer> cutPoints) {
    List<BigDecimal> cuts = new ArrayList<>();
    new TreeSet<>(cutPoints).forEach(cut -> cuts.add(BigDecimal.valueOf(cut)));
    List<Interval> ranges = new ArrayList<>();
    BigDecimal previous = null;
    for (BigDecimal cut : cuts) {
      ranges.add(Interval.closedOpen(previous, cut));
      previous = cut;
    }
    ranges.add(Interval.closedOpen(previous, null));
    return ranges;
  }

  @Property(tries = 200)
  void aLadderIsCoveredOnce(
      @ForAll @Size(max = 8) Set<@IntRange(min = -50, max = 50) Integer> cuts) {
    List<Interval> ranges = ladder(cuts);
    List<CoverageSegment> segments = Coverage.of(ranges);
    assertThat(segments).allMatch(segment -> segment.kind() == SegmentKind.BAND);
    assertThat(segments).hasSize(ranges.size());
  }

  @Property(tries = 200)
  void everyValueLiesInExactlyOneStep(
      @ForAll @Size(max = 8) Set<@IntRange(min = -50, max = 50) Integer> cuts,
      @ForAll @IntRange(min = -120, max = 120) int halfSteps) {
    // -60 to 60 in steps of 0.5: hits every cut point and the values between them
    BigDecimal value = BigDecimal.valueOf(halfSteps).divide(BigDecimal.valueOf(2));
    assertThat(ladder(cuts).stream().filter(range -> range.contains(value))).hasSize(1);
  }

  @Property(tries = 200)
  void removingAStepLeavesExactlyThatGap(
      @ForAll @Size(min = 2, max = 8) Set<@IntRange(min = -50, max = 50) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 7) int removed) {
    List<Interval> ranges = new ArrayList<>(ladder(cuts));
    int index = removed % (ranges.size() - 1) + 1;
    Interval gap = ranges.remove(index);
    List<CoverageSegment> gaps =
        Coverage.of(ranges).stream().filter(s -> s.kind() == SegmentKind.GAP).toList();
    assertThat(gaps).singleElement().satisfies(s -> assertThat(s.interval()).isEqualTo(gap));
  }

  @Property(tries = 200)
  void addingARangeInsideTheLadderOverlaps(
      @ForAll @Size(max = 8) Set<@IntRange(min = -50, max = 50) Integer> cuts,
      @ForAll @IntRange(min = -60, max = 60) int from) {
    List<Interval> ranges = new ArrayList<>(ladder(cuts));
    ranges.add(Interval.closedOpen(BigDecimal.valueOf(from), BigDecimal.valueOf(from + 1)));
    assertThat(Coverage.of(ranges))
        .anyMatch(segment -> segment.kind() == SegmentKind.OVERLAP)
        .noneMatch(segment -> segment.kind() == SegmentKind.GAP);
  }
}
