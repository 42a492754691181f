package com.salesperf.scheme.control;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One finding of a validator. {@code code} (a {@link ValidationCode} name) and {@code params} are
 * stable so a user interface can show a translated text; {@code englishText} is a ready English
 * rendering.
 *
 * @param indicatorCode the indicator concerned, for scheme messages; null otherwise (plan messages
 *     name their tier in the {@code tier} parameter)
 */
public record ValidationMessage(
        Severity severity,
        String code,
        String indicatorCode,
        String englishText,
        Map<String, String> params) {

    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public ValidationMessage {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(englishText, "englishText");
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    static ValidationMessage of(
            ValidationCode code, String indicatorCode, String englishText, String... keyValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return new ValidationMessage(
                code.severity(), code.name(), indicatorCode, englishText, params);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(List<ValidationMessage> messages) {
        return messages.stream().anyMatch(ValidationMessage::isError);
    }
}
