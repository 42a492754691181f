package com.salesperf.evaluation.boundary;

/** Fired when an evaluation run completes; observers act once that has committed (alerts). */
public record RunCompleted(long runId) {}
