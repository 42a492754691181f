package com.salesperf.platform.boundary;

import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one global error handler for pages (also for Ajax requests): business failures become a
 * message on the page, refused or unknown ids the 403/404 pages, an expired view the "expired"
 * page, and anything unexpected the 500 page with an incident number that points into the log. No
 * user ever sees a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            handle(FacesContext.getCurrentInstance(), failure);
        }
        getWrapped().handle();
    }

    private void handle(FacesContext context, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
            redirect(context, "/errors/403.xhtml");
        } else if (cause instanceof NotFoundException) {
            redirect(context, "/errors/404.xhtml");
        } else if (cause instanceof BusinessException business) {
            Messages.of(business);
            context.validationFailed();
            context.renderResponse();
        } else if (cause instanceof OptimisticLockException) {
            Messages.error("error.concurrentChange", "?");
            context.renderResponse();
        } else if (cause instanceof ViewExpiredException) {
            redirect(context, "/errors/expired.xhtml");
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(
                    Level.SEVERE,
                    "Incident " + incident + " on " + context.getViewRoot().getViewId(),
                    cause);
            redirect(context, "/errors/500.xhtml?incident=" + incident);
        }
    }

    /** The first business, security or persistence exception inside the Faces/EJB/EL wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current.getCause() != null && depth < 20; depth++) {
            if (current instanceof BusinessException
                    || current instanceof OptimisticLockException
                    || current instanceof EJBAccessException
                    || current instanceof ViewExpiredException) {
                return current;
            }
            if (!(current instanceof FacesException
                    || current instanceof jakarta.el.ELException
                    || current instanceof jakarta.ejb.EJBException
                    || current instanceof jakarta.persistence.PersistenceException
                    || current instanceof jakarta.transaction.RollbackException
                    || current.getClass().getName().startsWith("java.lang.reflect"))) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }

    private static void redirect(FacesContext context, String page) {
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
            context.responseComplete();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not redirect to the error page " + page, e);
        }
    }
}
