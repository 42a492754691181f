package com.salesperf.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers 503 everywhere while the database is unavailable, instead of failing page by page. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseAvailabilityFilter extends HttpFilter {

    @Inject DatabaseStatus status;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (status.isAvailable() || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write(
                        "<!DOCTYPE html><html><head><title>503</title></head><body>"
                                + "<h1>服务暂不可用 · Service unavailable</h1>"
                                + "<p>数据库无法访问，请联系管理员。 The portal cannot reach its database; please contact the administrator.</p>"
                                + "</body></html>");
    }
}
