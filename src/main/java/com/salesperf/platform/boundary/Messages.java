package com.salesperf.platform.boundary;

import com.salesperf.platform.control.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages in the user's language, global or next to a field. */
public final class Messages {

    private Messages() {}

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void of(BusinessException e) {
        error(e.messageKey(), e.arguments());
    }

    private static void add(
            String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
