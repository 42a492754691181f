package com.salesperf.data.control;

import com.salesperf.platform.control.BusinessException;

/** A refused form value: the message belongs next to the named field of the form. */
public class FieldProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldProblem(String field, String messageKey, String englishText, Object... arguments) {
        super(messageKey, englishText, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
