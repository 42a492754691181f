package com.salesperf.review.boundary;

/** Fired when HR approves a package; the audit head is checkpointed once that commits. */
public record PackageApproved(long packageId) {}
