package com.salesperf.review.boundary;

/** Fired when HR reopens a package; the audit head is checkpointed once that commits. */
public record PackageReopened(long packageId) {}
