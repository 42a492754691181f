package com.salesperf.platform.control;

/** Nothing with this id exists, or nothing the caller may know about. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what) {
        super("error.notFound", "not found: " + what);
    }
}
