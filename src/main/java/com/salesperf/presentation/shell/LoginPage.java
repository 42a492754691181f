package com.salesperf.presentation.shell;

import com.salesperf.platform.boundary.Messages;
import com.salesperf.security.boundary.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The sign-in form. A failure says only that the sign-in failed, never which part was wrong. */
@Named
@RequestScoped
public class LoginPage {

    private static final String RETURN_TO = "com.salesperf.returnTo";

    @Inject SecurityContext securityContext;

    @Inject FacesContext facesContext;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status =
                securityContext.authenticate(
                        request,
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(
                                        new UsernamePasswordCredential(
                                                username.trim(), new Password(password)))
                                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(returnTo(request));
            facesContext.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            SignInOutcome outcome = SignInOutcome.of(request);
            if (outcome.throttled()) {
                Messages.error("login.throttled", outcome.waitSeconds());
            } else {
                Messages.error("login.failed");
            }
        } else {
            facesContext.responseComplete();
        }
    }

    /** Back to the page that asked for sign-in, if it was one of ours; otherwise home. */
    private static String returnTo(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(RETURN_TO);
        request.getSession().removeAttribute(RETURN_TO);
        String home = request.getContextPath() + "/home.xhtml";
        if (saved instanceof String path
                && path.startsWith(request.getContextPath() + "/")
                && !path.startsWith("//")
                && !path.contains("/login.xhtml")
                && !path.contains("/jakarta.faces.resource/")) {
            return path;
        }
        return home;
    }

    /** Already signed in: the login page sends you home instead of asking again. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = facesContext.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/home.xhtml");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
