package com.salesperf.analytics.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The goals of the source's sales management plan (SPEC §10): annual completion ≥ 95 %, customer
 * satisfaction ≥ 4.5, ≥ 80 % of reps trained, average sales cycle ≤ 30 days, sales cost −5 % on the
 * year before.
 */
public final class CompanyGoals {

    public static final BigDecimal COMPLETION = new BigDecimal("95");
    public static final BigDecimal SATISFACTION = new BigDecimal("4.5");
    public static final BigDecimal TRAINED = new BigDecimal("80");
    public static final BigDecimal CYCLE_DAYS = new BigDecimal("30");
    public static final BigDecimal SALES_COST_CHANGE = new BigDecimal("-5");

    private CompanyGoals() {}

    public static List<GoalCheck> check(GoalFigures figures) {
        return List.of(
                new GoalCheck("COMPLETION", COMPLETION, true, figures.annualCompletion()),
                new GoalCheck("SATISFACTION", SATISFACTION, true, figures.satisfaction()),
                new GoalCheck("TRAINED", TRAINED, true, figures.trainedShare()),
                new GoalCheck("CYCLE", CYCLE_DAYS, false, figures.averageCycleDays()),
                new GoalCheck("SALES_COST", SALES_COST_CHANGE, false, figures.salesCostChange()));
    }
}
