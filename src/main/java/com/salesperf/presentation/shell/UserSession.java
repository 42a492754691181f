package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.control.Account;
import com.salesperf.organization.entity.Role;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.SecurityLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** The signed-in user as the page header shows them, and signing out. */
@Named
@RequestScoped
public class UserSession {

    @Inject CurrentCaller currentCaller;

    @Inject Accounts accounts;

    @Inject FacesContext facesContext;

    private Account account;

    public Account getAccount() {
        if (account == null) {
            account = currentCaller.account().orElse(null);
        }
        return account;
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    public boolean hasRole(String role) {
        return isSignedIn() && getAccount().roles().contains(Role.valueOf(role));
    }

    public List<Role> getRoles() {
        return isSignedIn()
                ? getAccount().roles().stream().sorted(Comparator.naturalOrder()).toList()
                : List.of();
    }

    /** Ends the session on the server, not only in the browser. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username =
                request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        SecurityLog.signedOut(username, request.getRemoteAddr());
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
