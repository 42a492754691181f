package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One rep of the source's data table with the figures of the evaluated quarter 2023Q3 that the demo
 * must reproduce exactly, plus the few earlier figures the evaluation compares against.
 *
 * @param monthTargets 2023-07, 2023-08, 2023-09 sales targets; they add up to the quarterly one
 * @param actualSales non-excluded sales signed in 2023Q3
 * @param orders how many orders make up {@code actualSales}
 * @param payingCustomers distinct customers among those orders (average order value divisor)
 * @param newCustomers customers whose first-ever sale is one of those orders
 * @param previousNewCustomers new customers in 2023Q2
 * @param collectionRate both collected-by-period-end and collected-on-time share of the amount due
 *     in 2023Q3 (equal by design: nothing due in the quarter is paid late within it)
 * @param satisfaction exact mean of the 2023Q3 feedback
 * @param teamwork exact mean of the 2023Q3 supervisor and peer TEAMWORK ratings
 * @param lateSubmissionMonths months (0 = July) whose plan is submitted late
 */
record ShowcaseRep(
        String employeeNo,
        String name,
        LocalDate hireDate,
        String level,
        BigDecimal quarterBonus,
        long[] monthTargets,
        long actualSales,
        int orders,
        int payingCustomers,
        int newCustomers,
        int previousNewCustomers,
        BigDecimal collectionRate,
        BigDecimal satisfaction,
        BigDecimal teamwork,
        Set<Integer> lateSubmissionMonths) {

    long quarterTarget() {
        return monthTargets[0] + monthTargets[1] + monthTargets[2];
    }
}
