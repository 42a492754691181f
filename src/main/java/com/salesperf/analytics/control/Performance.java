package com.salesperf.analytics.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Target vs actual sales of one row of a dashboard level (a region, a team or a rep). id is the org
 * unit id for regions and teams and the employee id for reps; names are in both languages for
 * units, the person's name twice for reps.
 */
public record Performance(
        long id,
        String code,
        String nameZh,
        String nameEn,
        long reps,
        BigDecimal target,
        BigDecimal actual)
        implements Serializable {

    /** actual / target × 100, null without a target. */
    public BigDecimal completion() {
        return Percent.of(actual == null ? BigDecimal.ZERO : actual, target);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    /** The sales still missing to reach the target; zero once it is reached. */
    public BigDecimal gap() {
        if (target == null) {
            return null;
        }
        BigDecimal missing = target.subtract(actual == null ? BigDecimal.ZERO : actual);
        return missing.signum() > 0 ? missing : BigDecimal.ZERO;
    }
}
