package com.salesperf.data.control;

import java.util.List;

/** Why one cell's text is not a valid value: a message key and its arguments (no stack trace). */
public final class CellProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Object> arguments;

    public CellProblem(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
