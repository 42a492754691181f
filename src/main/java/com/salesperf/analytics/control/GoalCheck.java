package com.salesperf.analytics.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One company goal against its actual value. atLeast says which side of the goal is good; met is
 * null when there is no actual value to judge.
 */
public record GoalCheck(String code, BigDecimal goal, boolean atLeast, BigDecimal actual)
        implements Serializable {

    public Boolean met() {
        if (actual == null) {
            return null;
        }
        int comparison = actual.compareTo(goal);
        return atLeast ? comparison >= 0 : comparison <= 0;
    }
}
