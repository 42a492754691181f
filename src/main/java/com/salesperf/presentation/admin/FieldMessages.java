package com.salesperf.presentation.admin;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.InvalidFieldException;
import java.util.Map;

/** Shows a refused action next to the field it concerns, or at the top when it names none. */
final class FieldMessages {

    private FieldMessages() {}

    static void show(String formId, BusinessException e) {
        show(formId, e, Map.of());
    }

    /** As {@link #show(String, BusinessException)}, with the page's ids for some field names. */
    static void show(String formId, BusinessException e, Map<String, String> inputIds) {
        if (e instanceof InvalidFieldException invalid) {
            String input = inputIds.getOrDefault(invalid.field(), invalid.field());
            Messages.fieldError(formId + ":" + input, e.messageKey(), e.arguments());
        } else {
            Messages.of(e);
        }
    }
}
