package com.salesperf.data.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the sales table. */
public record SaleRow(
        long id,
        String orderId,
        String employeeNo,
        String repName,
        String customerId,
        String customerName,
        String productLine,
        LocalDate signedDate,
        BigDecimal amount,
        String currency,
        boolean excluded,
        String exclusionReason,
        String excludedBy,
        Instant excludedAt) {}
