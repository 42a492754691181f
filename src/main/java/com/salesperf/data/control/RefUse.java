package com.salesperf.data.control;

/**
 * A reference one row makes: in which column, to what kind, by which name, and, where the target
 * must be of a certain sort (a TEAM target names a team), the expected extra.
 */
public record RefUse(String column, RefKind kind, String name, Object expectedExtra) {}
