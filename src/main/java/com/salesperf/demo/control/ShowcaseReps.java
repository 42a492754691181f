package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The three reps of the source's data table, placed as S001–S003 in the first team of EAST, NORTH
 * and SOUTH. Their 2023Q3 (and 2023Q2 new-customer) figures are fixed here and turned into rows by
 * construction in {@link RepPlanner#showcasePlan}; nothing random can change them because every
 * customer belongs to exactly one rep and showcase reps get no outliers.
 *
 * <p>The source gives S001 an average order value of 8,500, but 575,000 / 8,500 = 67.65 is not a
 * whole number of customers; the demo uses 68 paying customers (8,455.88).
 */
final class ShowcaseReps {

    static final Quarter EVALUATED_QUARTER = new Quarter(2023, 3);

    private static final List<ShowcaseRep> REPS =
            List.of(
                    new ShowcaseRep(
                            "S001",
                            "张伟",
                            LocalDate.of(2018, 3, 12),
                            "INTERMEDIATE",
                            money(10_000),
                            new long[] {160_000, 165_000, 175_000},
                            575_000,
                            72,
                            68,
                            12,
                            10,
                            rate("0.95"),
                            new BigDecimal("4.6"),
                            new BigDecimal("8.5"),
                            Set.of()),
                    new ShowcaseRep(
                            "S002",
                            "李娜",
                            LocalDate.of(2019, 6, 3),
                            "INTERMEDIATE",
                            money(9_000),
                            new long[] {150_000, 160_000, 170_000},
                            408_000,
                            64,
                            60,
                            8,
                            7,
                            rate("0.88"),
                            new BigDecimal("4.2"),
                            new BigDecimal("7.6"),
                            Set.of(1)),
                    new ShowcaseRep(
                            "S003",
                            "王芳",
                            LocalDate.of(2016, 9, 19),
                            "SENIOR",
                            money(12_000),
                            new long[] {165_000, 170_000, 185_000},
                            624_000,
                            66,
                            60,
                            15,
                            12,
                            rate("0.98"),
                            new BigDecimal("4.8"),
                            new BigDecimal("9.2"),
                            Set.of()));

    private ShowcaseReps() {}

    static ShowcaseRep byIndex(int repIndex) {
        return REPS.get(repIndex);
    }

    static List<ShowcaseRep> all() {
        return REPS;
    }

    private static BigDecimal money(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }
}
