package com.salesperf.review.boundary;

import com.salesperf.platform.boundary.rest.Downloads;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.AdjustmentRow;
import com.salesperf.review.control.PackageSummary;
import com.salesperf.review.control.ReviewAction;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.boundary.ReaderLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Review packages over REST, under the same rules as the pages: {@code POST /api/v1/reviews} opens
 * a package for a run and org unit; {@code POST /api/v1/reviews/{id}/submit|approve|reject|
 * publish} takes a step with the version the caller saw and a comment; {@code POST
 * /api/v1/reviews/{id}/reopen} is HR's reopening with a reason; {@code GET
 * /api/v1/reviews/{id}/report} is the PDF evaluation report with the signature block. A preparer
 * approving their own package gets 403 with the rule's message; a stale version gets 409 naming who
 * changed it.
 */
@Path("v1/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"MANAGER", "HR", "ADMIN"})
public class ReviewsResource {

    /** Which package to open. */
    public record OpenRequest(long runId, long orgUnitId) {}

    /** A step: the version the caller saw and the comment (mandatory to reject). */
    public record StepRequest(long version, String comment) {}

    /** A reopening: the version the caller saw and the reason (mandatory). */
    public record ReopenRequest(long version, String reason) {}

    /** A manual change of one figure of a rep's result, with its reason. */
    public record AdjustRequest(
            long employeeId, AdjustableFigure field, String value, String reason) {}

    @Inject CurrentCaller currentCaller;

    @Inject Reviews reviews;

    @Inject Adjustments adjustments;

    @Inject SubmissionPackages submissions;

    @Inject ReaderLanguage language;

    @GET
    public List<PackageSummary> list() {
        return reviews.list(currentCaller.get(), 500);
    }

    @POST
    public PackageSummary open(OpenRequest request) {
        return reviews.open(currentCaller.get(), request.runId(), request.orgUnitId());
    }

    @GET
    @Path("{id}")
    public PackageSummary view(@PathParam("id") long id) {
        return reviews.view(currentCaller.get(), id);
    }

    /**
     * The evaluation report in the language {@code ?lang=zh|en} names, else the account's. It lives
     * here, not with the other downloads: this class's longer root path wins every request under
     * {@code v1/reviews}, so a report method elsewhere would never be reached (404).
     */
    @GET
    @Path("{id}/report")
    @Produces("application/pdf")
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang) {
        byte[] pdf = submissions.reportPdf(currentCaller.get(), id, language.of(lang));
        return Downloads.attachment(pdf, "application/pdf", "evaluation-report-" + id + ".pdf");
    }

    @POST
    @Path("{id}/submit")
    public PackageSummary submit(@PathParam("id") long id, StepRequest step) {
        return act(id, ReviewAction.SUBMIT, step);
    }

    @POST
    @Path("{id}/approve")
    public PackageSummary approve(@PathParam("id") long id, StepRequest step) {
        return act(id, ReviewAction.APPROVE, step);
    }

    @POST
    @Path("{id}/reject")
    public PackageSummary reject(@PathParam("id") long id, StepRequest step) {
        return act(id, ReviewAction.REJECT, step);
    }

    @POST
    @Path("{id}/publish")
    public PackageSummary publish(@PathParam("id") long id, StepRequest step) {
        return act(id, ReviewAction.PUBLISH, step);
    }

    /**
     * HR reopens an approved or published package with a mandatory reason: 200 with the package
     * (status REOPENED), 403 for anyone but HR of the scope, 422 without a reason or for a package
     * that is not approved, 409 when the version is stale.
     */
    @POST
    @Path("{id}/reopen")
    public PackageSummary reopen(@PathParam("id") long id, ReopenRequest request) {
        ReopenRequest given = request == null ? new ReopenRequest(-1, null) : request;
        return reviews.reopen(currentCaller.get(), id, given.version(), given.reason());
    }

    @POST
    @Path("{id}/adjustments")
    public AdjustmentRow adjust(@PathParam("id") long id, AdjustRequest request) {
        return adjustments.adjust(
                currentCaller.get(),
                id,
                request.employeeId(),
                request.field(),
                request.value(),
                request.reason());
    }

    private PackageSummary act(long id, ReviewAction action, StepRequest step) {
        StepRequest given = step == null ? new StepRequest(-1, null) : step;
        return reviews.act(currentCaller.get(), id, action, given.version(), given.comment());
    }
}
