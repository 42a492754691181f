package com.salesperf.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;

/** Feeds the {@link SessionRegistry} whenever a session gains or loses its signed-in identity. */
@WebListener
public class SessionTracker implements HttpSessionAttributeListener {

    @Inject SessionRegistry registry;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (event.getValue() instanceof SessionIdentity identity) {
            registry.register(identity.username(), event.getSession());
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (event.getValue() instanceof SessionIdentity identity) {
            registry.unregister(identity.username(), event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeRemoved(event);
        attributeAdded(
                new HttpSessionBindingEvent(
                        event.getSession(),
                        event.getName(),
                        event.getSession().getAttribute(event.getName())));
    }
}
