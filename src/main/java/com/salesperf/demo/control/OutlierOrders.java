package com.salesperf.demo.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A few large one-off orders (1.5–3 M CNY) that an administrator would exclude from evaluation. The
 * first one is already excluded, in the evaluated quarter, so the demo shows how an excluded
 * outlier looks. Showcase reps never get one.
 */
final class OutlierOrders {

    static final String EXCLUSION_REASON =
            "一次性大额项目订单，经批准不计入考核 / One-off project order, excluded from evaluation";
    static final String EXCLUDED_BY = "admin";

    /** Rep index (within each block of {@code outlierEvery} reps) that gets the outlier. */
    private static final int POSITION_IN_BLOCK = 42;

    private final DemoSize size;

    OutlierOrders(DemoSize size) {
        this.size = size;
    }

    record Outlier(
            LocalDate signedDate, long amountYuan, boolean excluded, LocalDateTime excludedAt) {}

    Optional<Outlier> planFor(Rep rep, List<RepQuarterPlan> plans, SplittableRandom random) {
        int block = size.outlierEvery();
        if (rep.showcase() || plans.isEmpty() || rep.index() % block != POSITION_IN_BLOCK % block) {
            return Optional.empty();
        }
        boolean excluded = rep.index() == POSITION_IN_BLOCK;
        Quarter quarter =
                excluded && hasQuarter(plans, ShowcaseReps.EVALUATED_QUARTER)
                        ? ShowcaseReps.EVALUATED_QUARTER
                        : Draws.pick(random, plans).quarter();
        LocalDate signed = Draws.dayBetween(random, quarter.start(), quarter.end().minusDays(10));
        long amount = Draws.between(random, 150, 300) * 10_000L;
        LocalDateTime excludedAt = excluded ? quarter.end().plusDays(3).atTime(10, 30) : null;
        return Optional.of(new Outlier(signed, amount, excluded, excludedAt));
    }

    private static boolean hasQuarter(List<RepQuarterPlan> plans, Quarter quarter) {
        return plans.stream().anyMatch(plan -> plan.quarter().equals(quarter));
    }
}
