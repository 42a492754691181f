package com.salesperf.platform.boundary;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up UI texts of the i18n bundle in the current view's language. */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {}

    public static String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }
}
