package com.salesperf.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * Why a sign-in from the login page failed, handed from the authentication mechanism to the login
 * page through a request attribute. It deliberately does not say whether the user or the password
 * was wrong.
 */
public record SignInOutcome(boolean throttled, long waitSeconds) {

    private static final String ATTRIBUTE = "com.salesperf.signInOutcome";

    static void invalid(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, new SignInOutcome(false, 0));
    }

    static void throttled(HttpServletRequest request, Duration wait) {
        request.setAttribute(ATTRIBUTE, new SignInOutcome(true, Math.max(1, wait.toSeconds())));
    }

    public static SignInOutcome of(HttpServletRequest request) {
        Object outcome = request.getAttribute(ATTRIBUTE);
        return outcome instanceof SignInOutcome known ? known : new SignInOutcome(false, 0);
    }
}
