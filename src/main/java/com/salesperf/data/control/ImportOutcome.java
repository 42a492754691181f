package com.salesperf.data.control;

/** The answer to an accepted file: its import batch, kind and row counts. */
public record ImportOutcome(long batchId, String kind, int rows, int inserted, int updated) {}
