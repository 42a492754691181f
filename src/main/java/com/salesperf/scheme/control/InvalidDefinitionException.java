package com.salesperf.scheme.control;

import java.util.List;
import java.util.stream.Collectors;

/** A scheme or plan with validation errors was handed to the engine. */
public final class InvalidDefinitionException extends RuntimeException {

    private final transient List<ValidationMessage> errors;

    public InvalidDefinitionException(String definition, List<ValidationMessage> messages) {
        super(definition + " is not valid: " + describe(messages));
        this.errors = messages.stream().filter(ValidationMessage::isError).toList();
    }

    public List<ValidationMessage> errors() {
        return errors;
    }

    /** Throws when {@code messages} contain an error. */
    public static void requireNoErrors(String definition, List<ValidationMessage> messages) {
        if (ValidationMessage.anyError(messages)) {
            throw new InvalidDefinitionException(definition, messages);
        }
    }

    private static String describe(List<ValidationMessage> messages) {
        return messages.stream()
                .filter(ValidationMessage::isError)
                .map(
                        m ->
                                m.code()
                                        + (m.indicatorCode() == null ? "" : " " + m.indicatorCode())
                                        + ": "
                                        + m.englishText())
                .collect(Collectors.joining("; "));
    }
}
