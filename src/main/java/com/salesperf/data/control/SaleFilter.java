package com.salesperf.data.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The filters of the sales table: rep (employee number), customer id, signed-date range, minimum
 * amount and exclusion state; null means "any".
 */
public record SaleFilter(
        String employeeNo,
        String customerId,
        LocalDate from,
        LocalDate to,
        BigDecimal minAmount,
        Boolean excluded) {

    public static SaleFilter none() {
        return new SaleFilter(null, null, null, null, null, null);
    }

    public SaleFilter {
        employeeNo = blankToNull(employeeNo);
        customerId = blankToNull(customerId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
