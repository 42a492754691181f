package com.salesperf.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The absolute session timeout: however active, a page session ends {@link #ABSOLUTE_LIMIT} after
 * sign-in (the idle timeout is web.xml's session-timeout).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLimitsFilter extends HttpFilter {

    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(10);

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SessionIdentity.ATTRIBUTE)
                        instanceof SessionIdentity identity
                && identity.signedInAt().plus(ABSOLUTE_LIMIT).isBefore(Instant.now())) {
            session.invalidate();
            response.sendRedirect(
                    request.getContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
