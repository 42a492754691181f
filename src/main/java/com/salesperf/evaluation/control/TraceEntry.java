package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a calculation: a code and its parameters as text (numbers in plain notation, trailing
 * zeros stripped), e.g. {@code DIVIDE_BY_ZERO_TOP_BAND{indicator=NEW_CUSTOMER_GROWTH}}.
 */
public record TraceEntry(TraceCode code, Map<String, String> params) {

    public TraceEntry {
        Objects.requireNonNull(code, "code");
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** Parameters as name, value pairs; null values are left out, numbers written plainly. */
    static TraceEntry of(TraceCode code, Object... nameValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            if (value != null) {
                params.put((String) nameValues[i], text(value));
            }
        }
        return new TraceEntry(code, params);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? Decimals.plain(number) : value.toString();
    }

    /** This entry with one more parameter. */
    TraceEntry with(String name, Object value) {
        Map<String, String> more = new TreeMap<>(params);
        more.put(name, text(value));
        return new TraceEntry(code, more);
    }

    public String param(String name) {
        return params.get(name);
    }

    @Override
    public String toString() {
        return code + params.toString();
    }
}
