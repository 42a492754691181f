package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What one rep's quarter should look like; the fact writers turn it into rows. Amounts are whole
 * yuan and sales totals multiples of 10, which keeps every rate below exact to the cent.
 *
 * @param monthTargets the three monthly sales targets; the quarterly target is their sum
 * @param actualSales non-excluded sales signed in the quarter
 * @param orders number of sales making up {@code actualSales}
 * @param payingCustomers distinct customers among those sales
 * @param newCustomers customers whose first-ever sale is among those sales
 * @param onTimeRate share of the amount due in the quarter that is collected by its due date
 * @param collectedRate share collected by the end of the quarter (≥ {@code onTimeRate})
 * @param satisfaction mean satisfaction of the quarter's feedback, one decimal
 * @param teamwork mean of the supervisor and peer TEAMWORK ratings, one decimal
 * @param lateMonths months (0..2) whose plan is submitted after the due time
 * @param missingMonths months (0..2) whose plan is never submitted
 */
record RepQuarterPlan(
        Quarter quarter,
        long[] monthTargets,
        long actualSales,
        int orders,
        int payingCustomers,
        int newCustomers,
        int newCustomerTarget,
        BigDecimal onTimeRate,
        BigDecimal collectedRate,
        BigDecimal satisfaction,
        int feedbackCount,
        BigDecimal teamwork,
        Set<Integer> lateMonths,
        Set<Integer> missingMonths,
        int activities,
        int leads) {

    long quarterTarget() {
        return monthTargets[0] + monthTargets[1] + monthTargets[2];
    }

    /** The same plan with the exact figures of a showcase rep's evaluated quarter. */
    RepQuarterPlan withShowcaseFigures(ShowcaseRep showcase) {
        return new RepQuarterPlan(
                quarter,
                showcase.monthTargets().clone(),
                showcase.actualSales(),
                showcase.orders(),
                showcase.payingCustomers(),
                showcase.newCustomers(),
                newCustomerTarget,
                showcase.collectionRate(),
                showcase.collectionRate(),
                showcase.satisfaction(),
                RepPlanner.SHOWCASE_FEEDBACK_COUNT,
                showcase.teamwork(),
                showcase.lateSubmissionMonths(),
                Set.of(),
                activities,
                leads);
    }

    RepQuarterPlan withNewCustomers(int count) {
        return new RepQuarterPlan(
                quarter,
                monthTargets,
                actualSales,
                orders,
                payingCustomers,
                count,
                newCustomerTarget,
                onTimeRate,
                collectedRate,
                satisfaction,
                feedbackCount,
                teamwork,
                lateMonths,
                missingMonths,
                activities,
                leads);
    }
}
