package com.salesperf.presentation.admin;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.InvalidFieldException;

/** Shows a refused action next to the field it concerns, or at the top when it names none. */
final class FieldMessages {

    private FieldMessages() {}

    static void show(String formId, BusinessException e) {
        if (e instanceof InvalidFieldException invalid) {
            Messages.fieldError(formId + ":" + invalid.field(), e.messageKey(), e.arguments());
        } else {
            Messages.of(e);
        }
    }
}
