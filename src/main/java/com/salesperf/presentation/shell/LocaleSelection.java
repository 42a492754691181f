package com.salesperf.presentation.shell;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.platform.control.PortalLanguage;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The interface language: the user's saved choice (简体中文 or English) once signed in, the browser's
 * preference before that. A switch is saved on the account and so remembered.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject CurrentCaller currentCaller;

    @Inject Accounts accounts;

    private Locale locale;
    private boolean fromAccount;

    public Locale getLocale() {
        if (!fromAccount) {
            currentCaller
                    .account()
                    .ifPresent(
                            a -> {
                                locale = PortalLanguage.of(a.locale());
                                fromAccount = true;
                            });
        }
        if (locale == null) {
            locale = browserLocale();
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    public void switchTo(String code) {
        locale = PortalLanguage.of(code);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        currentCaller.account().ifPresent(a -> accounts.preferLocale(a.username(), code));
    }

    private static Locale browserLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PortalLanguage.of(
                context == null ? null : context.getExternalContext().getRequestLocale());
    }
}
