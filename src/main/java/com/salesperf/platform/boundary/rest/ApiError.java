package com.salesperf.platform.boundary.rest;

import java.util.List;

/** The JSON body of every API error: HTTP status, a stable code, an English message and details. */
public record ApiError(int status, String error, String message, List<?> details) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
