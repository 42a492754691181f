package com.salesperf.presentation.notification;

import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.control.NotificationRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Opening a notification: marks it read, then follows its link (a path inside the portal). */
@Named
@RequestScoped
public class NotificationOpener {

    @Inject CurrentCaller currentCaller;

    @Inject Notifications notifications;

    public void open(long id) throws IOException {
        try {
            NotificationRow row = notifications.markRead(currentCaller.get(), id);
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            String target = row.link() == null ? "/notifications.xhtml" : row.link();
            context.redirect(context.getRequestContextPath() + target);
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }
}
