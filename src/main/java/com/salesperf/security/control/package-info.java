/**
 * Security rules in plain Java: password hashing, sign-in throttling, the Basic credential cache,
 * API token digests, the caller value and the security log.
 */
package com.salesperf.security.control;
