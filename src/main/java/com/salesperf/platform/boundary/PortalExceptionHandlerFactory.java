package com.salesperf.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PortalExceptionHandler} (registered in faces-config.xml). */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
