package com.salesperf.data.boundary;

import com.salesperf.data.control.ConfirmationStatus;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/periods/{code}/confirmation}: finance confirms the period's current sales and
 * collections totals; {@code GET} shows the current totals and whether the confirmation holds.
 */
@Path("v1/periods/{code}/confirmation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationsResource {

    @Inject CurrentCaller currentCaller;

    @Inject Confirmations confirmations;

    @GET
    @RolesAllowed({"FINANCE", "ADMIN", "AUDITOR", "HR"})
    public ConfirmationStatus status(@PathParam("code") String code) {
        return confirmations.status(currentCaller.get(), code);
    }

    @POST
    @RolesAllowed("FINANCE")
    public ConfirmationStatus confirm(@PathParam("code") String code) {
        return confirmations.confirm(currentCaller.get(), code);
    }
}
