package com.salesperf.data.control;

import java.time.LocalDateTime;

/** Who imports, when (local time, as the TIMESTAMP columns hold it) and into which batch. */
public record ImportContext(String username, LocalDateTime at, long batchId) {}
