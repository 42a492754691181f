package com.salesperf.presentation.scheme;

import jakarta.faces.context.FacesContext;

/** Reads a numeric id from the request; anything else names no record (-1, which is not found). */
final class RequestIds {

    private RequestIds() {}

    static long id(String name) {
        String value =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get(name);
        if (value == null || value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
