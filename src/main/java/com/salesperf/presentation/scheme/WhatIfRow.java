package com.salesperf.presentation.scheme;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One rep's result under the stored definitions (before) and the edited ones (after). Totals are
 * null for a rep who is not evaluable; bonuses are 0 then, as nothing would be paid.
 */
public record WhatIfRow(
        String employeeNo,
        String name,
        String region,
        BigDecimal totalBefore,
        BigDecimal totalAfter,
        String gradeBefore,
        String gradeAfter,
        String tierBefore,
        String tierAfter,
        BigDecimal bonusBefore,
        BigDecimal bonusAfter)
        implements Serializable {

    /** Change of the weighted total, null when either side has no total. */
    public BigDecimal getTotalDelta() {
        return totalBefore == null || totalAfter == null ? null : totalAfter.subtract(totalBefore);
    }

    public BigDecimal getBonusDelta() {
        return bonusAfter.subtract(bonusBefore);
    }

    /** Whether anything a rep would notice differs. */
    public boolean isChanged() {
        return !same(totalBefore, totalAfter)
                || !same(gradeBefore, gradeAfter)
                || !same(tierBefore, tierAfter)
                || getBonusDelta().signum() != 0;
    }

    // Getters for the page (records' accessors are not bean properties for sorting in EL).
    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public BigDecimal getTotalBefore() {
        return totalBefore;
    }

    public BigDecimal getTotalAfter() {
        return totalAfter;
    }

    public String getGradeBefore() {
        return gradeBefore;
    }

    public String getGradeAfter() {
        return gradeAfter;
    }

    public String getTierBefore() {
        return tierBefore;
    }

    public String getTierAfter() {
        return tierAfter;
    }

    public BigDecimal getBonusBefore() {
        return bonusBefore;
    }

    public BigDecimal getBonusAfter() {
        return bonusAfter;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }
}
