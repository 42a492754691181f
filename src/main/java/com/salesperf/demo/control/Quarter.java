package com.salesperf.demo.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter; facts, plans and collections are organised by quarter. */
record Quarter(int year, int number) implements Comparable<Quarter> {

    static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    static Quarter parse(String code) {
        return new Quarter(
                Integer.parseInt(code.substring(0, 4)), Integer.parseInt(code.substring(5)));
    }

    LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    String code() {
        return year + "Q" + number;
    }

    /** Months 0..2 of the quarter. */
    YearMonth month(int index) {
        return YearMonth.of(year, (number - 1) * 3 + 1 + index);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** This quarter and the following ones, {@code count} in all. */
    List<Quarter> andFollowing(int count) {
        List<Quarter> quarters = new ArrayList<>(count);
        Quarter quarter = this;
        for (int i = 0; i < count; i++) {
            quarters.add(quarter);
            quarter = quarter.next();
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
