package com.salesperf.platform.boundary.rest;

import com.salesperf.platform.control.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS errors keep their status; a business exception wrapped by the EJB
 * container is unwrapped; anything unexpected becomes 500 with an incident number, never a trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, ApiError.of(status, "http." + status, web.getMessage()));
        }
        if (e instanceof EJBAccessException) {
            return json(403, ApiError.of(403, "error.accessDenied", "access denied"));
        }
        if (e instanceof EJBException && e.getCause() instanceof BusinessException business) {
            return new BusinessExceptionMapper().toResponse(business);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return json(
                500, ApiError.of(500, "error.internal", "internal error, incident " + incident));
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
