package com.salesperf.demo.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every month, quarter, half-year and year of 2022 and 2023, all still OPEN. */
final class PeriodWriter {

    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2023;

    private final RowBuffers batches;
    private final Map<String, Long> idsByCode = new LinkedHashMap<>();

    PeriodWriter(RowBuffers batches) {
        this.batches = batches;
    }

    /**
     * Returns the period ids by canonical code ({@code 2023}, {@code 2023H2}, {@code 2023Q3},
     * {@code 2023-07}).
     */
    Map<String, Long> write() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            period(
                    String.valueOf(year),
                    "YEAR",
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            period(year + "H1", "HALF_YEAR", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            period(year + "H2", "HALF_YEAR", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
            for (int number = 1; number <= 4; number++) {
                Quarter quarter = new Quarter(year, number);
                period(quarter.code(), "QUARTER", quarter.start(), quarter.end());
            }
            for (int month = 1; month <= 12; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                period(yearMonth.toString(), "MONTH", yearMonth.atDay(1), yearMonth.atEndOfMonth());
            }
        }
        return idsByCode;
    }

    private void period(String code, String type, LocalDate start, LocalDate end) {
        long id = batches.nextId(DemoTables.PERIOD);
        batches.add(DemoTables.PERIOD, id, code, type, start, end, "OPEN", null);
        idsByCode.put(code, id);
    }
}
