package com.salesperf.platform.control;

/**
 * A form value the server refuses. It names the field, so a page can show the message next to the
 * input it concerns; the API reports it like any other business failure.
 */
public class InvalidFieldException extends BusinessException {

    private final String field;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, "invalid " + field + ": " + messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
