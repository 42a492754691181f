package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void closedOpenIncludesLowerAndExcludesUpper() {
        Interval interval = Interval.closedOpen(d("80"), d("100"));
        assertThat(interval.contains(d("80"))).isTrue();
        assertThat(interval.contains(d("80.00"))).isTrue();
        assertThat(interval.contains(d("99.9999"))).isTrue();
        assertThat(interval.contains(d("100"))).isFalse();
        assertThat(interval.contains(d("79.9999"))).isFalse();
    }

    @Test
    void infiniteBoundsAreNeverInclusive() {
        Interval all = new Interval(null, true, null, true);
        assertThat(all.lowerInclusive()).isFalse();
        assertThat(all.upperInclusive()).isFalse();
        assertThat(all.contains(d("-1e30"))).isTrue();
        assertThat(all.format()).isEqualTo("(-inf, +inf)");
    }

    @Test
    void emptiness() {
        assertThat(new Interval(d("5"), true, d("3"), true).isEmpty()).isTrue();
        assertThat(new Interval(d("5"), true, d("5"), false).isEmpty()).isTrue();
        assertThat(new Interval(d("5"), false, d("5"), true).isEmpty()).isTrue();
        assertThat(Interval.point(d("5")).isEmpty()).isFalse();
        assertThat(Interval.closedOpen(null, d("5")).isEmpty()).isFalse();
    }

    @Test
    void aboveAndBelow() {
        Interval interval = new Interval(d("1"), false, d("2"), true);
        assertThat(interval.isAbove(d("1"))).isTrue();
        assertThat(interval.isAbove(d("1.5"))).isFalse();
        assertThat(interval.isBelow(d("2"))).isFalse();
        assertThat(interval.isBelow(d("2.01"))).isTrue();
    }

    @Test
    void formatsLikeMathematicians() {
        assertThat(Interval.closedOpen(d("80.0"), d("100")).format()).isEqualTo("[80, 100)");
        assertThat(Interval.closedOpen(null, d("80")).format()).isEqualTo("(-inf, 80)");
        assertThat(Interval.closedOpen(d("4.50"), null).format()).isEqualTo("[4.5, +inf)");
        assertThat(new Interval(d("100"), true, d("120"), true)).hasToString("[100, 120]");
    }
}
