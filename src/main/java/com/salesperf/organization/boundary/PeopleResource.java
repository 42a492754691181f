package com.salesperf.organization.boundary;

import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/me} and {@code /api/v1/people}: who is calling, and the people they may see. The
 * same data scope as the pages: a rep gets only themselves, a manager their subtree.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REP", "MANAGER", "HR", "FINANCE", "ADMIN", "AUDITOR"})
public class PeopleResource {

    @Inject CurrentCaller currentCaller;

    @Inject Directory directory;

    @Inject Accounts accounts;

    @GET
    @Path("me")
    public Map<String, Object> me() {
        var caller = currentCaller.get();
        return Map.of(
                "username",
                caller.username(),
                "roles",
                caller.roles().stream().map(Enum::name).sorted().toList(),
                "employeeNo",
                caller.employeeId() == null
                        ? ""
                        : directory.profile(caller, caller.employeeId()).employeeNo());
    }

    @GET
    @Path("people")
    public List<EmployeeRow> people(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size,
            @QueryParam("q") String filter) {
        return directory.page(
                currentCaller.get(), new PageRequest(first, size, "employeeNo", true, filter));
    }

    /** One person by employee number; 404 when unknown or outside the caller's scope. */
    @GET
    @Path("people/{employeeNo}")
    public EmployeeRow person(@PathParam("employeeNo") String employeeNo) {
        var caller = currentCaller.get();
        Long id =
                directory
                        .idOf(employeeNo)
                        .orElseThrow(() -> new NotFoundException("employee " + employeeNo));
        return directory.profile(caller, id);
    }
}
