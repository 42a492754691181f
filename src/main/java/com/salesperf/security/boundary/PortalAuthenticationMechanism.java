package com.salesperf.security.boundary;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.security.control.SecurityLog;
import com.salesperf.security.control.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * One mechanism for both channels, because Jakarta Security 3 allows only one per application: the
 * REST API ({@code /api/*}) authenticates every call with HTTP Basic or a bearer token and never
 * uses a session; pages use the sign-in form, keep the identity in the session (with a new session
 * id at sign-in) and send unauthenticated visitors to the login page.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String RETURN_TO = "com.salesperf.returnTo";

    @Inject IdentityStoreHandler identityStores;

    @Inject SignInThrottle throttle;

    @Inject Accounts accounts;

    @Inject ApiAuthentication api;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (ApiAuthentication.isApiRequest(request)) {
            return api.authenticate(request, response, context);
        }
        if (context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        SessionIdentity identity = sessionIdentity(request);
        if (identity != null) {
            return context.notifyContainerAboutLogin(identity.username(), identity.groups());
        }
        return context.isProtected()
                ? sendToSignIn(request, response, context)
                : context.doNothing();
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential,
            HttpServletRequest request,
            HttpMessageContext context) {
        String username = credential.getCaller();
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitBeforeAttempt(username, address);
        if (!wait.isZero()) {
            SecurityLog.signInFailed(username, address, "form", "throttled");
            SignInOutcome.throttled(request, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address);
            SecurityLog.signInFailed(username, address, "form", "invalid credentials");
            SignInOutcome.invalid(request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        accounts.recordSignIn(username);
        startSession(
                request, new SessionIdentity(username, result.getCallerGroups(), Instant.now()));
        SecurityLog.signedIn(username, address, "form");
        return context.notifyContainerAboutLogin(
                result.getCallerPrincipal(), result.getCallerGroups());
    }

    /** A new session id at sign-in, so a session id planted before sign-in is worth nothing. */
    private static void startSession(HttpServletRequest request, SessionIdentity identity) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE, identity);
    }

    private static SessionIdentity sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? null
                : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
    }

    private static AuthenticationStatus sendToSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(response, login);
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(
                            RETURN_TO,
                            request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }

    /**
     * An expired session during an Ajax request: tell the Faces client to navigate to the login
     * page.
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String login) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                    + login
                                    + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("could not answer the Ajax request", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
