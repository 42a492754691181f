package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides each rep's quarters: a target that follows the seasons (weak Q1 around Chinese New Year,
 * strong Q4) and ~10 % yearly growth, and an actual result around the region's typical completion.
 * Showcase reps get the same treatment, then their fixed figures on top.
 */
final class RepPlanner {

    static final int SHOWCASE_FEEDBACK_COUNT = 10;

    private static final double[] SEASON = {0.80, 1.02, 0.98, 1.20};
    private static final double[][] MONTH_SHARES = {{0.38, 0.22, 0.40}, {0.31, 0.33, 0.36}};

    /** Per-rep target growth; with new hires the company grows about 10 % a year. */
    private static final double YEARLY_GROWTH = 1.07;

    private static final int BASE_YEAR = 2023;
    private static final int MAX_ORDERS = 200;

    /** On time, late, missing: most plans arrive on time. */
    private static final double[] SUBMISSION_SHARES = {0.91, 0.07, 0.02};

    private static final int LATE = 1;
    private static final int MISSING = 2;

    private final DemoSize size;

    RepPlanner(DemoSize size) {
        this.size = size;
    }

    List<RepQuarterPlan> plans(Rep rep, SplittableRandom random) {
        double capacity = rep.showcase() ? showcaseCapacity(rep) : capacity(rep, random);
        double completionMean =
                rep.team().region().profile().completionMean() + Draws.wobble(random, 0.10);
        List<RepQuarterPlan> plans = new ArrayList<>();
        for (Quarter quarter : size.quarters()) {
            if (rep.activeIn(quarter)) {
                RepQuarterPlan plan = plan(rep, quarter, capacity, completionMean, random);
                plans.add(rep.showcase() ? showcasePlan(rep, plan) : plan);
            }
        }
        return plans;
    }

    /** The exact figures of the source's data table replace whatever was drawn. */
    static RepQuarterPlan showcasePlan(Rep rep, RepQuarterPlan drawn) {
        ShowcaseRep showcase = ShowcaseReps.byIndex(rep.index());
        if (drawn.quarter().equals(ShowcaseReps.EVALUATED_QUARTER)) {
            return drawn.withShowcaseFigures(showcase);
        }
        if (drawn.quarter().equals(ShowcaseReps.EVALUATED_QUARTER.previous())) {
            return drawn.withNewCustomers(showcase.previousNewCustomers());
        }
        return drawn;
    }

    private RepQuarterPlan plan(
            Rep rep,
            Quarter quarter,
            double capacity,
            double completionMean,
            SplittableRandom random) {
        RegionProfile region = rep.team().region().profile();
        double yearFactor = Math.pow(YEARLY_GROWTH, quarter.year() - BASE_YEAR);
        long[] months = monthTargets(capacity * SEASON[quarter.number() - 1] * yearFactor, quarter);
        double completion = clamp(completionMean + Draws.wobble(random, 0.12), 0.55, 1.42);
        long actual = Math.round((months[0] + months[1] + months[2]) * completion / 10) * 10;
        int orders =
                (int)
                        clamp(
                                Math.round(actual / Draws.between(random, 7_000.0, 10_500.0)),
                                size.minOrdersPerQuarter(),
                                MAX_ORDERS);
        double expectedNew =
                region.newCustomersPerQuarter()
                        * (quarter.number() == 1 ? 0.7 : 1.0)
                        * Math.max(size.processFactScale(), 0.4);
        int newCustomers = (int) Math.round(expectedNew * Draws.between(random, 0.6, 1.4));
        int paying =
                Math.max(newCustomers, (int) Math.round(orders * Draws.between(random, 0.6, 0.85)));
        double onTime =
                clamp(region.onTimeCollectionMean() + Draws.wobble(random, 0.08), 0.70, 1.0);
        double collected = Math.min(1.0, onTime + Draws.between(random, 0.0, 0.05));
        double satisfaction =
                clamp(region.satisfactionMean() + Draws.wobble(random, 0.6), 3.0, 5.0);
        double teamwork = clamp(7.8 + Draws.wobble(random, 1.8), 5.0, 9.8);
        int[] submissions = submissionOutcomes(random);
        return new RepQuarterPlan(
                quarter,
                months,
                actual,
                orders,
                paying,
                newCustomers,
                (int) Math.max(1, Math.round(expectedNew)),
                decimal(onTime, 2),
                decimal(collected, 2),
                decimal(satisfaction, 1),
                scaled(random, 6, 12),
                decimal(teamwork, 1),
                monthsWith(submissions, LATE),
                monthsWith(submissions, MISSING),
                scaled(random, 20, 40),
                scaled(random, 14, 24));
    }

    /** Per month of the quarter: plan submitted on time, late or not at all. */
    private static int[] submissionOutcomes(SplittableRandom random) {
        int[] outcomes = new int[3];
        for (int month = 0; month < 3; month++) {
            outcomes[month] = Draws.weighted(random, SUBMISSION_SHARES);
        }
        return outcomes;
    }

    private static Set<Integer> monthsWith(int[] outcomes, int outcome) {
        Set<Integer> months = new HashSet<>();
        for (int month = 0; month < outcomes.length; month++) {
            if (outcomes[month] == outcome) {
                months.add(month);
            }
        }
        return Set.copyOf(months);
    }

    private static long[] monthTargets(double quarterTarget, Quarter quarter) {
        double[] shares = MONTH_SHARES[quarter.number() == 1 ? 0 : 1];
        long[] months = new long[3];
        for (int month = 0; month < 3; month++) {
            months[month] = Math.round(quarterTarget * shares[month] / 1000) * 1000;
        }
        return months;
    }

    /** Quarterly business a rep can carry in 2023 before seasons, by level and region. */
    private static double capacity(Rep rep, SplittableRandom random) {
        double byLevel =
                switch (rep.level()) {
                    case "JUNIOR" -> 360_000;
                    case "INTERMEDIATE" -> 460_000;
                    default -> 560_000;
                };
        return byLevel
                * rep.team().region().profile().salesLevel()
                * Draws.between(random, 0.88, 1.12);
    }

    /** Showcase reps' other quarters are scaled from their evaluated quarter's target. */
    private static double showcaseCapacity(Rep rep) {
        return ShowcaseReps.byIndex(rep.index()).quarterTarget()
                / SEASON[ShowcaseReps.EVALUATED_QUARTER.number() - 1];
    }

    private int scaled(SplittableRandom random, int min, int max) {
        return (int)
                Math.max(1, Math.round(Draws.between(random, min, max) * size.processFactScale()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
