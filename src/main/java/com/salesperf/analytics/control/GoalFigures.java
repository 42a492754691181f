package com.salesperf.analytics.control;

import java.math.BigDecimal;

/**
 * The actual figures behind the company goals panel for one year and scope; any of them may be null
 * when the scope has no such data (e.g. no sales cost is booked for a single rep).
 */
public record GoalFigures(
        BigDecimal annualCompletion,
        BigDecimal satisfaction,
        BigDecimal trainedShare,
        BigDecimal averageCycleDays,
        BigDecimal salesCostChange) {}
