package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A sales rep. A rep who moved keeps the former team until {@code movedOn}; a rep who left is
 * inactive from {@code leftOn}. Facts start with the first full quarter after hiring.
 */
record Rep(
        int index,
        long id,
        String employeeNo,
        String name,
        String level,
        LocalDate hireDate,
        BigDecimal quarterBonus,
        Team team,
        Team formerTeam,
        LocalDate movedOn,
        LocalDate leftOn) {

    /** S001–S003 carry the source's exact figures and are built by construction. */
    static final int SHOWCASE_REPS = 3;

    boolean showcase() {
        return index < SHOWCASE_REPS;
    }

    boolean active() {
        return leftOn == null;
    }

    /** The team the rep belonged to on a date (moves take effect on {@code movedOn}). */
    Team teamAt(LocalDate date) {
        return movedOn != null && date.isBefore(movedOn) ? formerTeam : team;
    }

    boolean activeIn(Quarter quarter) {
        boolean started = !quarter.start().isBefore(firstFactDay());
        boolean notLeft = leftOn == null || quarter.end().isBefore(leftOn);
        return started && notLeft;
    }

    /** New hires ramp up: their facts start on the first quarter start on or after hiring. */
    private LocalDate firstFactDay() {
        Quarter hired = Quarter.of(hireDate);
        return hireDate.equals(hired.start()) ? hireDate : hired.next().start();
    }
}
