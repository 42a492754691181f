package com.salesperf.presentation.evaluation;

import jakarta.faces.context.FacesContext;

/** The run and employee a result page was opened for (GET parameters of the first request). */
final class RequestParameters {

    private RequestParameters() {}

    static String text(String name) {
        String value =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A numeric id, or null when absent or not a number (the page then shows nothing). */
    static Long id(String name) {
        String value = text(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
