package com.salesperf.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A failure the user can understand and act on. It carries a message key of the i18n bundle and its
 * arguments, so pages and the API can say what went wrong in the caller's language. The English
 * text in {@link #getMessage()} is for logs and API clients only.
 *
 * <p>An application exception for the EJB container: it reaches the caller unwrapped and rolls the
 * transaction back, so a refused step never leaves half its changes behind.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, String englishText, Object... arguments) {
        super(englishText);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
