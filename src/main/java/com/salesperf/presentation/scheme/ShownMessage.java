package com.salesperf.presentation.scheme;

import com.salesperf.platform.boundary.Texts;
import com.salesperf.scheme.control.ValidationMessage;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A validation message ready for the page, in both languages so that switching the language shows
 * it translated without validating again.
 */
public record ShownMessage(
        String severity, String code, String indicatorCode, String textEn, String textZh)
        implements Serializable {

    public static List<ShownMessage> of(List<ValidationMessage> messages) {
        return messages.stream()
                .map(
                        m ->
                                new ShownMessage(
                                        m.severity().name(),
                                        m.code(),
                                        m.indicatorCode(),
                                        DefinitionTexts.of(m, Locale.ENGLISH),
                                        DefinitionTexts.of(m, Locale.SIMPLIFIED_CHINESE)))
                .toList();
    }

    public String getSeverity() {
        return severity;
    }

    public String getCode() {
        return code;
    }

    /** The text in the current view's language. */
    public String getText() {
        return "zh".equals(Texts.currentLocale().getLanguage()) ? textZh : textEn;
    }

    public String getStyleClass() {
        return "validation-" + severity.toLowerCase(Locale.ROOT);
    }
}
