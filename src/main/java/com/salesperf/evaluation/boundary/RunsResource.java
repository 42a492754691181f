package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/runs {"period":"2023Q3","scheme":"Q-DEFAULT"}} → 202 with the run id; {@code
 * GET /api/v1/runs/{id}} → status and progress; {@code GET /api/v1/runs/{id}/results} → one JSON
 * object per rep: the figures, flags, hash and the full canonical result.
 */
@Path("v1/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RunsResource {

    @Inject CurrentCaller currentCaller;

    @Inject Runs runs;

    @Inject RunResults results;

    /** The request body of a run. */
    public static class RunStart {
        public String period;
        public String scheme;
        public boolean preview;
    }

    /** A run's status and progress. */
    public record RunStatusView(
            long id,
            String period,
            String scheme,
            int schemeVersion,
            String plan,
            int planVersion,
            String status,
            String phase,
            boolean preview,
            int totalItems,
            int scoredItems,
            int writtenItems,
            int percentDone,
            Integer evaluable,
            Integer notEvaluable,
            BigDecimal totalBonus,
            String runHash,
            String failureReason,
            Instant createdAt,
            Instant finishedAt) {

        static RunStatusView of(EvaluationRun run) {
            return new RunStatusView(
                    run.getId(),
                    run.getPeriodCode(),
                    run.getSchemeCode(),
                    run.getSchemeVersion(),
                    run.getPlanCode(),
                    run.getPlanVersion(),
                    run.getStatus().name(),
                    run.getPhase().name(),
                    run.isPreview(),
                    run.getTotalItems(),
                    run.getScoredItems(),
                    run.getWrittenItems(),
                    run.percentDone(),
                    run.getEvaluableCount(),
                    run.getNotEvaluableCount(),
                    run.getTotalBonus(),
                    run.getRunHash(),
                    run.getFailureReason(),
                    run.getCreatedAt(),
                    run.getFinishedAt());
        }
    }

    /** The answer to a start. */
    public record Started(long id, String status) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(RunStart body) {
        RunStart request = body == null ? new RunStart() : body;
        EvaluationRun run = runs.start(caller(), request.period, request.scheme, request.preview);
        return Response.accepted(new Started(run.getId(), run.getStatus().name())).build();
    }

    @GET
    @Path("{id}")
    public RunStatusView run(@PathParam("id") long id) {
        return RunStatusView.of(runs.run(caller(), id));
    }

    /** Restarts a failed run where it stopped: 202, or 422 when the run has not failed. */
    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        EvaluationRun run = runs.restart(caller(), id);
        return Response.accepted(new Started(run.getId(), run.getStatus().name())).build();
    }

    @GET
    @Path("{id}/results")
    public String results(
            @PathParam("id") long id,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100000") int max) {
        runs.run(caller(), id);
        List<EvaluationResult> page =
                results.page(caller(), id, RunResults.Filter.none(), "seq", true, first, max);
        return ResultsJson.of(page);
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
