package com.salesperf.data.control;

import com.salesperf.data.entity.PeriodTotals;
import java.time.Instant;

/**
 * Where a period stands with finance: the current totals, the latest confirmation (null fields when
 * none) and whether it still holds; {@code changedSinceConfirmation} is the warning that data
 * changed after finance confirmed.
 */
public record ConfirmationStatus(
        String periodCode,
        PeriodTotals current,
        PeriodTotals confirmedTotals,
        String confirmedBy,
        Instant confirmedAt,
        boolean confirmed,
        boolean changedSinceConfirmation) {}
