package com.salesperf.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} in TIMESTAMP columns. The EclipseLink inside Payara 6 would otherwise
 * serialise an Instant into a byte array, which neither H2 nor PostgreSQL accept for TIMESTAMP. The
 * JVM runs in one time zone for its whole life, so the round trip is exact.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
