package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a calculation: a code and its parameters as text (numbers in plain notation, trailing
 * zeros stripped), e.g. {@code DIVIDE_BY_ZERO_TOP_BAND{indicator=NEW_CUSTOMER_GROWTH}}.
 *
 * <p>The parameters are kept as given and written as text only when first read: a run scores every
 * rep once just to rank the population, and that trace is never read.
 */
public final class TraceEntry {

    private final TraceCode code;

    /** Name, value pairs as given; null values are left out when the text is made. */
    private final Object[] nameValues;

    private volatile Map<String, String> params;

    private TraceEntry(TraceCode code, Object[] nameValues) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameValues = nameValues;
    }

    /** Parameters as name, value pairs; null values are left out, numbers written plainly. */
    static TraceEntry of(TraceCode code, Object... nameValues) {
        return new TraceEntry(code, nameValues);
    }

    public TraceCode code() {
        return code;
    }

    /** The parameters by name, as text. */
    public Map<String, String> params() {
        Map<String, String> text = params;
        if (text == null) {
            Map<String, String> made = new TreeMap<>();
            for (int i = 0; i + 1 < nameValues.length; i += 2) {
                Object value = nameValues[i + 1];
                if (value != null) {
                    made.put((String) nameValues[i], text(value));
                }
            }
            text = Collections.unmodifiableMap(made);
            params = text;
        }
        return text;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? Decimals.plain(number) : value.toString();
    }

    /** This entry with one more parameter (replacing one of the same name). */
    TraceEntry with(String name, Object value) {
        Object[] more = Arrays.copyOf(nameValues, nameValues.length + 2);
        more[nameValues.length] = name;
        more[nameValues.length + 1] = value;
        return new TraceEntry(code, more);
    }

    public String param(String name) {
        return params().get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceEntry entry
                && code == entry.code
                && params().equals(entry.params());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, params());
    }

    @Override
    public String toString() {
        return code + params().toString();
    }
}
