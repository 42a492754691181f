package com.salesperf.evaluation.control;

import java.math.BigDecimal;

/**
 * How far an indicator value is from the nearest band that scores more, for "5 more points to the
 * next band" hints. Most indicators improve upwards, some downwards (late submissions).
 *
 * @param direction whether the value must rise or fall
 * @param boundary the value at which the better band starts
 * @param boundaryIncluded true when reaching the boundary is enough; false when it must be passed
 *     (e.g. "fewer than 1 late submission")
 * @param distance |boundary − value|, never negative
 * @param nextScore the better band's score
 */
public record DistanceToNextBand(
        Direction direction,
        BigDecimal boundary,
        boolean boundaryIncluded,
        BigDecimal distance,
        BigDecimal nextScore) {

    public enum Direction {
        RISE,
        FALL
    }
}
