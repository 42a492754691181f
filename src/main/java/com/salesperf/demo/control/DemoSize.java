package com.salesperf.demo.control;

import java.util.List;

/**
 * How much demo data to generate: the showcase company, or a large company for benchmarks that
 * holds only what one quarterly close needs (the evaluated quarter 2023Q3 and the previous one).
 */
public final class DemoSize {

    private static final int STANDARD_REPS = 200;

    private final String name;
    private final int reps;
    private final Quarter firstQuarter;
    private final int quarterCount;
    private final int minOrdersPerQuarter;
    private final int openingCustomers;
    private final double processFactScale;
    private final int outlierEvery;
    private final double creditSaleShare;

    private DemoSize(
            String name,
            int reps,
            Quarter firstQuarter,
            int quarterCount,
            int minOrdersPerQuarter,
            int openingCustomers,
            double processFactScale,
            int outlierEvery,
            double creditSaleShare) {
        this.name = name;
        this.reps = reps;
        this.firstQuarter = firstQuarter;
        this.quarterCount = quarterCount;
        this.minOrdersPerQuarter = minOrdersPerQuarter;
        this.openingCustomers = openingCustomers;
        this.processFactScale = processFactScale;
        this.outlierEvery = outlierEvery;
        this.creditSaleShare = creditSaleShare;
    }

    /** The demo company: 4 regions, 12 teams, 200 reps, eight quarters 2022Q1–2023Q4. */
    public static DemoSize standard() {
        return new DemoSize(
                "standard", STANDARD_REPS, new Quarter(2022, 1), 8, 30, 36, 1.0, 50, 1.0);
    }

    /**
     * A large company for benchmarks: 2023Q2 and 2023Q3 only, at least 50 sales per rep and
     * quarter, other facts in the proportions the benchmark's reference query assumes (per 100,000
     * reps about 10 M sales, 2 M customers, 2 M receivables, 0.5 M feedback): a fifth of the sales
     * are on credit and get a receivable, process facts (activities, leads, feedback) at ~30 % of
     * the demo's.
     */
    public static DemoSize benchmark(int reps) {
        if (reps < 10) {
            throw new IllegalArgumentException("a benchmark needs at least 10 reps, got " + reps);
        }
        return new DemoSize(
                "benchmark-" + reps, reps, new Quarter(2023, 2), 2, 50, 12, 0.3, 2000, 0.2);
    }

    public String name() {
        return name;
    }

    public int reps() {
        return reps;
    }

    /** Quarter codes with generated facts, e.g. {@code [2023Q2, 2023Q3]}. */
    public List<String> quarterCodes() {
        return quarters().stream().map(Quarter::code).toList();
    }

    List<Quarter> quarters() {
        return firstQuarter.andFollowing(quarterCount);
    }

    Quarter firstQuarter() {
        return firstQuarter;
    }

    Quarter lastQuarter() {
        return quarters().get(quarterCount - 1);
    }

    int minOrdersPerQuarter() {
        return minOrdersPerQuarter;
    }

    /** Customers a rep already serves before the first generated quarter. */
    int openingCustomers() {
        return openingCustomers;
    }

    /** Scales activities, leads, feedback and new customers relative to the demo company. */
    double processFactScale() {
        return processFactScale;
    }

    /** Every n-th rep (by index) gets one large one-off order. */
    int outlierEvery() {
        return outlierEvery;
    }

    /** Share of (non-showcase) sales sold on credit, i.e. with a receivable. */
    double creditSaleShare() {
        return creditSaleShare;
    }

    @Override
    public String toString() {
        return name + " (" + reps + " reps, " + quarterCodes() + ")";
    }
}
