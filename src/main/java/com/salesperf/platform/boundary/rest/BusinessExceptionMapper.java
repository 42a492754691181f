package com.salesperf.platform.boundary.rest;

import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConflictException;
import com.salesperf.platform.control.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Business failures as JSON: 403 refused, 404 unknown or out of scope, 409 conflict with the item's
 * state (already done, changed in the meantime), 422 otherwise.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        int status =
                e instanceof AccessDeniedException
                        ? 403
                        : e instanceof NotFoundException
                                ? 404
                                : e instanceof ConflictException ? 409 : 422;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status, e.messageKey(), e.getMessage()))
                .build();
    }
}
