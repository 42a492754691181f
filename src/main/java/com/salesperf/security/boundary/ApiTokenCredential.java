package com.salesperf.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented as {@code Authorization: Bearer <token>}. */
public record ApiTokenCredential(String token) implements Credential {}
