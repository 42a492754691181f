package com.salesperf.platform.control;

/** The caller may not see or do this. Pages show 403; the API answers 403 (or 404 for ids). */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String what) {
        super("error.accessDenied", "access denied: " + what);
    }

    /** A refusal with a message of its own, e.g. segregation of duties. */
    public AccessDeniedException(String messageKey, String englishText, Object... arguments) {
        super(messageKey, englishText, arguments);
    }
}
