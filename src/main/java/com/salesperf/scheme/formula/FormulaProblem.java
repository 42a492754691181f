package com.salesperf.scheme.formula;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing wrong with a formula.
 *
 * @param code stable code for translation
 * @param position 0-based character offset into the formula text where the problem starts
 * @param message English explanation, already mentioning the column
 * @param params values a translated message needs (e.g. {@code name}, {@code expected})
 */
public record FormulaProblem(
        FormulaError code, int position, String message, Map<String, String> params) {

    public FormulaProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    static FormulaProblem of(FormulaError code, int position, String message, String... keyValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        params.put("position", Integer.toString(position));
        return new FormulaProblem(code, position, message + " (column " + position + ")", params);
    }
}
