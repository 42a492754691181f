package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.evaluation.control.DistanceToNextBand.Direction;
import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.IndicatorDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistanceToNextBandTest {

    private static List<Band> bandsOf(String indicator) {
        return DefaultSchemes.quarterly().indicators().stream()
                .filter(i -> i.code().equals(indicator))
                .findFirst()
                .map(IndicatorDefinition::bands)
                .orElseThrow();
    }

    private static Optional<DistanceToNextBand> next(String indicator, String value) {
        List<Band> bands = bandsOf(indicator);
        BigDecimal score = BandLookup.containing(bands, d(value)).score();
        return BandLookup.nextBetter(bands, d(value), score);
    }

    @Test
    void risingToTheNextCompletionBand() {
        assertThat(next("SALES_COMPLETION", "115"))
                .contains(new DistanceToNextBand(Direction.RISE, d("120"), true, d("5"), d("100")));
        assertThat(next("SALES_COMPLETION", "79.5"))
                .contains(new DistanceToNextBand(Direction.RISE, d("80"), true, d("0.5"), d("60")));
    }

    @Test
    void alreadyInTheTopBand() {
        assertThat(next("SALES_COMPLETION", "120")).isEmpty();
        assertThat(next("PLAN_TIMELINESS", "0")).isEmpty();
    }

    @Test
    void fewerLateSubmissionsIsBetter() {
        assertThat(next("PLAN_TIMELINESS", "1"))
                .contains(new DistanceToNextBand(Direction.FALL, d("1"), false, d("0"), d("100")));
        assertThat(next("PLAN_TIMELINESS", "3"))
                .contains(new DistanceToNextBand(Direction.FALL, d("2"), false, d("1"), d("80")));
    }

    @Test
    void topAndBottomBands() {
        assertThat(BandLookup.top(bandsOf("SALES_COMPLETION")).interval().format())
                .isEqualTo("[120, +inf)");
        assertThat(BandLookup.bottom(bandsOf("SALES_COMPLETION")).interval().format())
                .isEqualTo("(-inf, 80)");
        // two bands score 100 for timeliness: the top band is the one furthest up
        assertThat(BandLookup.top(bandsOf("PLAN_TIMELINESS")).interval().format())
                .isEqualTo("[0, 1)");
    }
}
