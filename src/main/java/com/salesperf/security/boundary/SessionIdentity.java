package com.salesperf.security.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who signed in to this browser session, and when; the only identity a page session holds. */
public record SessionIdentity(String username, Set<String> groups, Instant signedInAt)
        implements Serializable {

    static final String ATTRIBUTE = "com.salesperf.identity";

    public SessionIdentity {
        groups = Set.copyOf(groups);
    }
}
