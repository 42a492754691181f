package com.salesperf.review.boundary;

import com.salesperf.platform.boundary.rest.Downloads;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Downloads: {@code GET /api/v1/periods/{code}/audit-package} (zip with SHA-256 manifest, closed
 * periods only) and {@code GET /api/v1/periods/{code}/payroll} (CSV for finance). The evaluation
 * report of a package is under {@link ReviewsResource}.
 */
@Path("v1")
@RequestScoped
public class ExportsResource {

    @Inject CurrentCaller currentCaller;

    @Inject AuditPackages auditPackages;

    @Inject Payroll payroll;

    @GET
    @Path("periods/{code}/audit-package")
    @RolesAllowed({"AUDITOR", "ADMIN", "HR"})
    public Response auditPackage(@PathParam("code") String code) {
        return Downloads.attachment(
                auditPackages.export(currentCaller.get(), code),
                "application/zip",
                "audit-package-" + code + ".zip");
    }

    @GET
    @Path("periods/{code}/payroll")
    @RolesAllowed({"FINANCE", "ADMIN"})
    public Response payroll(@PathParam("code") String code) {
        return Downloads.attachment(
                payroll.export(currentCaller.get(), code),
                "text/csv; charset=UTF-8",
                "payroll-" + code + ".csv");
    }
}
