package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.ValidationMessage;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A validation message ready for the page: its severity (ERROR, WARNING, INFO) and the text in the
 * user's language.
 */
public record ShownMessage(String severity, String code, String indicatorCode, String text)
        implements Serializable {

    public static List<ShownMessage> of(List<ValidationMessage> messages, Locale locale) {
        return messages.stream()
                .map(
                        m ->
                                new ShownMessage(
                                        m.severity().name(),
                                        m.code(),
                                        m.indicatorCode(),
                                        DefinitionTexts.of(m, locale)))
                .toList();
    }

    public String getSeverity() {
        return severity;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getStyleClass() {
        return "validation-" + severity.toLowerCase(Locale.ROOT);
    }
}
