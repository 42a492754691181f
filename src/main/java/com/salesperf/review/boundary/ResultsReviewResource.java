package com.salesperf.review.boundary;

import com.salesperf.platform.boundary.rest.Downloads;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.review.control.AdjustableFigure;
import com.salesperf.review.control.MyResult;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Published results over REST. Reps: {@code GET /api/v1/my/results}, {@code POST
 * /api/v1/my/results/{id}/acknowledge} and {@code .../appeal} (refused with 422 after the 3 working
 * days). HR: {@code GET /api/v1/appeals} and {@code POST /api/v1/appeals/{resultId}/uphold|
 * dismiss}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultsReviewResource {

    /** An acknowledgement: the version the rep saw. */
    public record Acknowledgement(long version) {}

    /** An appeal: text, and optionally an attachment's name and base64 content. */
    public record AppealRequest(
            long version, String text, String attachmentName, String attachmentBase64) {}

    /** HR's decision; the changed figures when upholding. */
    public record DecisionRequest(
            long version, String decision, Map<AdjustableFigure, String> changes) {}

    @Inject CurrentCaller currentCaller;

    @Inject Appeals appeals;

    @GET
    @Path("my/results")
    public List<MyResult> mine() {
        return appeals.mine(currentCaller.get());
    }

    @POST
    @Path("my/results/{id}/acknowledge")
    public MyResult acknowledge(@PathParam("id") long id, Acknowledgement request) {
        return appeals.acknowledge(
                currentCaller.get(), id, request == null ? -1 : request.version());
    }

    @POST
    @Path("my/results/{id}/appeal")
    public MyResult appeal(@PathParam("id") long id, AppealRequest request) {
        AppealRequest given = request == null ? new AppealRequest(-1, null, null, null) : request;
        byte[] attachment =
                given.attachmentBase64() == null || given.attachmentBase64().isBlank()
                        ? null
                        : decode(given.attachmentBase64());
        return appeals.appeal(
                currentCaller.get(),
                id,
                given.version(),
                given.text(),
                given.attachmentName(),
                attachment);
    }

    /** An appeal's attachment, for its rep and HR; always downloaded, never shown inline. */
    @GET
    @Path("my/results/{id}/attachment")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id) {
        Appeals.Attachment file = appeals.attachment(currentCaller.get(), id);
        return Downloads.attachment(file.data(), file.mediaType(), file.name());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(
                    "review.attachment.type", "the attachment is not valid base64");
        }
    }

    @GET
    @Path("appeals")
    @RolesAllowed("HR")
    public List<MyResult> openAppeals() {
        return appeals.openAppeals(currentCaller.get());
    }

    @POST
    @Path("appeals/{resultId}/uphold")
    @RolesAllowed("HR")
    public MyResult uphold(@PathParam("resultId") long id, DecisionRequest request) {
        return appeals.uphold(
                currentCaller.get(), id, request.version(), request.decision(), request.changes());
    }

    @POST
    @Path("appeals/{resultId}/dismiss")
    @RolesAllowed("HR")
    public MyResult dismiss(@PathParam("resultId") long id, DecisionRequest request) {
        return appeals.dismiss(currentCaller.get(), id, request.version(), request.decision());
    }
}
