package com.salesperf.data.boundary;

/** Fired when an import batch was stored; observers act once that has committed (alerts). */
public record DataImported(long batchId, String kind) {}
