package com.salesperf.demo.control;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small helpers over {@link SplittableRandom}. Only uniform draws are used (no nextGaussian), so
 * the sequence of values is fixed by the seed alone.
 */
final class Draws {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Draws() {}

    /** An independent stream per rep, so one rep's data never shifts another's. */
    static SplittableRandom forStream(long seed, long stream) {
        return new SplittableRandom(seed ^ (stream + 1) * GOLDEN_GAMMA);
    }

    static int between(SplittableRandom random, int min, int maxInclusive) {
        return random.nextInt(min, maxInclusive + 1);
    }

    static double between(SplittableRandom random, double min, double max) {
        return random.nextDouble(min, max);
    }

    /** A value around 0 within ±spread, more often near 0 (triangular). */
    static double wobble(SplittableRandom random, double spread) {
        return (random.nextDouble() + random.nextDouble() - 1.0) * spread;
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static LocalDate dayBetween(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }

    /** An index drawn with the given relative weights. */
    static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Fisher–Yates on a list the caller owns. */
    static <T> void shuffle(SplittableRandom random, List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = values.get(i);
            values.set(i, values.get(j));
            values.set(j, swap);
        }
    }
}
