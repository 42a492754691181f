package com.salesperf.audit.boundary;

import com.salesperf.audit.control.ChainVerification;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/audit/verification}: verifies the chain now and reports what it found. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AUDITOR", "ADMIN"})
public class AuditResource {

    @Inject CurrentCaller currentCaller;

    @Inject AuditTrail auditTrail;

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return auditTrail.verify(currentCaller.get());
    }
}
