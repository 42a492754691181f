package com.salesperf.evaluation.batch;

import com.salesperf.period.entity.PeriodType;

/**
 * When a period type closes, as {@code minute hour day-of-month months} (e.g. {@code 0 3 1
 * 1,4,7,10}: 03:00 on the first day of each quarter), and which scheme code it runs. Defaults from
 * SPEC §8; an empty scheme switches the close off.
 */
public record CloseSchedule(
        PeriodType type,
        String minute,
        String hour,
        String dayOfMonth,
        String months,
        String scheme) {

    public static CloseSchedule defaults(PeriodType type) {
        return switch (type) {
            case MONTH -> of(type, "0 2 1 *", "M-PROCESS");
            case QUARTER -> of(type, "0 3 1 1,4,7,10", "Q-DEFAULT");
            case HALF_YEAR -> of(type, "0 3 1 1,7", "");
            case YEAR -> of(type, "0 3 1 1", "");
        };
    }

    /**
     * @throws IllegalArgumentException when the expression does not have four fields
     */
    public static CloseSchedule of(PeriodType type, String expression, String scheme) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 4) {
            throw new IllegalArgumentException(
                    "close schedule '" + expression + "' must be: minute hour day-of-month months");
        }
        return new CloseSchedule(
                type,
                fields[0],
                fields[1],
                fields[2],
                fields[3],
                scheme == null ? "" : scheme.trim());
    }

    public boolean enabled() {
        return !scheme.isEmpty();
    }
}
