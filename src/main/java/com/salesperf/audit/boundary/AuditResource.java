package com.salesperf.audit.boundary;

import com.salesperf.audit.control.ChainVerification;
import com.salesperf.audit.control.ResultVerification;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/audit/verification} verifies the audit chain now, {@code GET
 * /api/v1/audit/results-verification} the stored evaluation results; both report what they found.
 */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AUDITOR", "ADMIN"})
public class AuditResource {

    @Inject CurrentCaller currentCaller;

    @Inject AuditTrail auditTrail;

    @Inject ResultIntegrity resultIntegrity;

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return auditTrail.verify(currentCaller.get());
    }

    /** Every stored evaluation result against its SHA-256 and every run against its run hash. */
    @GET
    @Path("results-verification")
    public ResultVerification verifyResults() {
        return resultIntegrity.verify(currentCaller.get());
    }
}
