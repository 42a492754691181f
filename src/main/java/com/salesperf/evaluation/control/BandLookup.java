package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.Band;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finding bands by value and by score. Bands are validated, so exactly one contains a value. */
final class BandLookup {

    // Minus infinity first, so "furthest up" means the larger lower bound.
    private static final Comparator<Band> POSITION =
            Comparator.comparing(Band::lower, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final Comparator<DistanceToNextBand> NEAREST =
            Comparator.comparing(DistanceToNextBand::distance)
                    .thenComparing(DistanceToNextBand::direction)
                    .thenComparing(DistanceToNextBand::nextScore, Comparator.reverseOrder());

    private BandLookup() {}

    static Band containing(List<Band> bands, BigDecimal value) {
        return bands.stream()
                .filter(band -> band.contains(value))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no band contains "
                                                + value
                                                + "; was the scheme validated?"));
    }

    /** The highest-scoring band; among equals, the one furthest up the number line. */
    static Band top(List<Band> bands) {
        return bands.stream()
                .max(Comparator.comparing(Band::score).thenComparing(POSITION))
                .orElseThrow();
    }

    /** The lowest-scoring band; among equals, the one furthest down the number line. */
    static Band bottom(List<Band> bands) {
        return bands.stream()
                .min(Comparator.comparing(Band::score).thenComparing(POSITION))
                .orElseThrow();
    }

    static Optional<DistanceToNextBand> nextBetter(
            List<Band> bands, BigDecimal value, BigDecimal score) {
        return bands.stream()
                .filter(band -> band.score().compareTo(score) > 0 && !band.interval().isEmpty())
                .map(band -> distance(band, value))
                .flatMap(Optional::stream)
                .min(NEAREST);
    }

    private static Optional<DistanceToNextBand> distance(Band band, BigDecimal value) {
        if (band.interval().isAbove(value)) {
            BigDecimal gap = band.lower().subtract(value);
            return Optional.of(
                    new DistanceToNextBand(
                            DistanceToNextBand.Direction.RISE,
                            band.lower(),
                            band.lowerInclusive(),
                            gap,
                            band.score()));
        }
        if (band.interval().isBelow(value)) {
            BigDecimal gap = value.subtract(band.upper());
            return Optional.of(
                    new DistanceToNextBand(
                            DistanceToNextBand.Direction.FALL,
                            band.upper(),
                            band.upperInclusive(),
                            gap,
                            band.score()));
        }
        return Optional.empty();
    }
}
