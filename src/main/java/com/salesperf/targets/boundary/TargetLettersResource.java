package com.salesperf.targets.boundary;

import com.salesperf.platform.boundary.rest.Downloads;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.boundary.ReaderLanguage;
import com.salesperf.security.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Target responsibility letters as PDF: {@code GET /api/v1/my/targets/{period}/letter} for the
 * signed-in rep, {@code GET /api/v1/people/{employeeNo}/targets/{period}/letter} for a rep of the
 * caller's scope (404 outside it). {@code ?lang=zh|en} picks the language, else the account's.
 */
@Path("v1")
@RequestScoped
public class TargetLettersResource {

    private static final String PDF = "application/pdf";

    @Inject CurrentCaller currentCaller;

    @Inject TargetLetters letters;

    @Inject ReaderLanguage language;

    @GET
    @Path("my/targets/{period}/letter")
    @Produces(PDF)
    @RolesAllowed("REP")
    public Response mine(@PathParam("period") String period, @QueryParam("lang") String lang) {
        Caller caller = currentCaller.get();
        return Downloads.attachment(
                letters.ownPdf(caller, period, language.of(lang)),
                PDF,
                "target-letter-" + period + ".pdf");
    }

    @GET
    @Path("people/{employeeNo}/targets/{period}/letter")
    @Produces(PDF)
    @RolesAllowed({"REP", "MANAGER", "HR", "ADMIN", "AUDITOR"})
    public Response ofRep(
            @PathParam("employeeNo") String employeeNo,
            @PathParam("period") String period,
            @QueryParam("lang") String lang) {
        Caller caller = currentCaller.get();
        return Downloads.attachment(
                letters.pdf(caller, employeeNo, period, language.of(lang)),
                PDF,
                "target-letter-" + employeeNo + "-" + period + ".pdf");
    }
}
