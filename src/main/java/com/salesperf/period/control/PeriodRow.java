package com.salesperf.period.control;

import com.salesperf.period.entity.PeriodStatus;
import com.salesperf.period.entity.PeriodType;
import java.time.Instant;
import java.time.LocalDate;

/** A period in the administration list. */
public record PeriodRow(
        long id,
        String code,
        PeriodType type,
        LocalDate startDate,
        LocalDate endDate,
        PeriodStatus status,
        Instant closedAt,
        long version) {}
