package com.salesperf.demo.control;

/**
 * Splits a total into order amounts proportional to weights, in steps of 10 yuan, so that the parts
 * add up to the total exactly: a showcase rep's quarter must sum to the figure in the source's
 * table to the cent.
 */
final class AmountSplitter {

    static final long STEP = 10;
    static final long MINIMUM = 200;

    private AmountSplitter() {}

    static long[] split(long total, double[] weights) {
        if (total % STEP != 0 || total < MINIMUM * weights.length) {
            throw new IllegalArgumentException(
                    "cannot split " + total + " into " + weights.length + " orders");
        }
        double weightSum = 0;
        for (double weight : weights) {
            weightSum += weight;
        }
        long[] amounts = new long[weights.length];
        long assigned = 0;
        int largest = 0;
        for (int i = 0; i < weights.length; i++) {
            long share = (long) (total * weights[i] / weightSum / STEP) * STEP;
            amounts[i] = Math.max(MINIMUM, share);
            assigned += amounts[i];
            if (amounts[i] > amounts[largest]) {
                largest = i;
            }
        }
        amounts[largest] += total - assigned;
        if (amounts[largest] < MINIMUM) {
            throw new IllegalStateException(
                    "rounding left order " + largest + " below the minimum");
        }
        return amounts;
    }
}
