package com.salesperf.targets.boundary;

import com.salesperf.period.entity.PeriodType;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.targets.control.TargetRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * A rep's own targets over REST, as on "My targets": {@code GET /api/v1/my/targets} (newest period
 * first) and {@code POST /api/v1/my/targets/{id}/acknowledgement} (目标确认) → the target; 404 for an
 * unknown id and for a target of somebody else alike, 409 when it is already acknowledged.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("REP")
public class MyTargetsResource {

    /**
     * A target as the API shows it. The value is text, exactly as stored: a JSON number is read as
     * a double by many clients and would lose digits. {@code acknowledgedAt} is written as null
     * rather than left out, so "not yet acknowledged" is explicit.
     */
    @JsonbNillable
    public record OwnTarget(
            long id,
            String periodCode,
            PeriodType periodType,
            String measure,
            String value,
            Instant acknowledgedAt) {

        static OwnTarget of(TargetRow row) {
            return new OwnTarget(
                    row.id(),
                    row.periodCode(),
                    row.periodType(),
                    row.measure(),
                    row.value().toPlainString(),
                    row.acknowledgedAt());
        }
    }

    @Inject CurrentCaller currentCaller;

    @Inject Targets targets;

    @GET
    @Path("my/targets")
    public List<OwnTarget> mine() {
        return targets.mine(currentCaller.get()).stream().map(OwnTarget::of).toList();
    }

    @POST
    @Path("my/targets/{id}/acknowledgement")
    public OwnTarget acknowledge(@PathParam("id") long id) {
        return OwnTarget.of(targets.acknowledge(currentCaller.get(), id));
    }
}
