package com.salesperf.platform.control;

/**
 * The item's current state no longer allows the step: it was already done, or someone changed the
 * item in the meantime. Pages show the message; the API answers 409, since repeating the same
 * request cannot succeed until the caller has looked at the item again.
 */
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, String englishText, Object... arguments) {
        super(messageKey, englishText, arguments);
    }
}
