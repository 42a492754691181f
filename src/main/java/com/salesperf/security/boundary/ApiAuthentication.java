package com.salesperf.security.boundary;

import com.salesperf.security.control.CredentialCache;
import com.salesperf.security.control.SecurityLog;
import com.salesperf.security.control.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Stateless authentication of REST calls: {@code Authorization: Basic …} (verified passwords are
 * cached briefly, see {@link CredentialCache}) or {@code Authorization: Bearer <api token>}.
 * Failures answer 401 with a JSON body; a session cookie never authenticates an API call, which
 * also keeps cross-site requests from riding on a browser session.
 */
@ApplicationScoped
public class ApiAuthentication {

    static final String API_PREFIX = "/api/";

    /** MicroProfile Metrics: read by monitoring scripts, so authenticated like the API. */
    static final String METRICS_PATH = "/metrics";

    @Inject IdentityStoreHandler identityStores;

    @Inject CredentialCache basicCache;

    @Inject SignInThrottle throttle;

    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX) || path.startsWith(METRICS_PATH);
    }

    AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected()
                    ? unauthorized(response, "authentication required")
                    : context.doNothing();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return validate(
                    new ApiTokenCredential(header.substring(7).trim()),
                    "token",
                    request,
                    response,
                    context);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), request, response, context);
        }
        return unauthorized(response, "unsupported authorization scheme");
    }

    private AuthenticationStatus basic(
            String encoded,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = decode(encoded);
        if (credential.isEmpty()) {
            return unauthorized(response, "malformed Basic credentials");
        }
        String username = credential.get().getCaller();
        char[] password = credential.get().getPassword().getValue();
        Optional<CredentialCache.Verified> cached = basicCache.find(username, password);
        if (cached.isPresent()) {
            return context.notifyContainerAboutLogin(
                    cached.get().username(), cached.get().groups());
        }
        Duration wait = throttle.waitBeforeAttempt(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            SecurityLog.signInFailed(username, request.getRemoteAddr(), "api", "throttled");
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            return unauthorized(response, "too many failed attempts; retry later");
        }
        AuthenticationStatus status =
                validate(credential.get(), "basic", request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, request.getRemoteAddr());
        }
        return status;
    }

    private AuthenticationStatus validate(
            Credential credential,
            String channel,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            String who =
                    credential instanceof UsernamePasswordCredential up
                            ? up.getCaller()
                            : "(token)";
            SecurityLog.signInFailed(
                    who, request.getRemoteAddr(), "api-" + channel, "invalid credentials");
            return unauthorized(response, "invalid credentials");
        }
        if (credential instanceof UsernamePasswordCredential up) {
            basicCache.remember(
                    up.getCaller(), up.getPassword().getValue(), result.getCallerGroups());
        }
        return context.notifyContainerAboutLogin(
                result.getCallerPrincipal(), result.getCallerGroups());
    }

    private static Optional<UsernamePasswordCredential> decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(
                            new UsernamePasswordCredential(
                                    pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String reason) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "{\"status\":401,\"error\":\"unauthorized\",\"message\":\""
                                    + reason
                                    + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("could not answer the API call", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
