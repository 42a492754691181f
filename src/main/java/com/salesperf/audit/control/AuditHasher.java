package com.salesperf.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 of an audit entry over all its fields and the previous entry's hash. Fields are
 * length-prefixed, so no choice of text can make two different entries serialise alike; the time is
 * cut to microseconds, the precision both databases keep.
 */
public final class AuditHasher {

    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    public static String hash(AuditRecord r) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(r.seq()));
        field(canonical, r.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
        field(canonical, r.actor());
        field(canonical, r.action());
        field(canonical, r.entityType());
        field(canonical, r.entityId());
        field(canonical, r.beforeJson());
        field(canonical, r.afterJson());
        field(canonical, r.reason());
        field(canonical, r.prevHash());
        return sha256(canonical.toString());
    }

    /** The record with its hash filled in. */
    public static AuditRecord seal(AuditRecord r) {
        return new AuditRecord(
                r.seq(),
                r.occurredAt().truncatedTo(ChronoUnit.MICROS),
                r.actor(),
                r.action(),
                r.entityType(),
                r.entityId(),
                r.beforeJson(),
                r.afterJson(),
                r.reason(),
                r.prevHash(),
                hash(r));
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
