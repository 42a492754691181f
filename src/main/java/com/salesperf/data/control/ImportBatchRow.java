package com.salesperf.data.control;

import java.time.Instant;

/** One line of the import history. */
public record ImportBatchRow(
        long batchId,
        String kind,
        String fileName,
        String sha256,
        com.salesperf.data.entity.ImportSource source,
        String importedBy,
        Instant importedAt,
        int rows,
        int inserted,
        int updated) {}
