package io.productstore.common.web;

import io.productstore.common.faults.Fault;
import io.productstore.common.faults.FaultRequest;
import io.productstore.common.faults.Faults;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The fault-injection API of every service, under its own prefix ({@code /cart-api/admin/faults}
 * ...): admins only, off (404) unless {@code store.faults.enabled} (by default: demo mode).
 */
@Path("/admin/faults")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "faults")
public class FaultResource {

  private Faults faults;
  private CurrentUser caller;

  protected FaultResource() {}

  @Inject
  public FaultResource(Faults faults, CurrentUser caller) {
    this.faults = faults;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "The faults active in this service now (admin; demo mode)")
  @APIResponse(responseCode = "200", description = "Fault[], oldest first")
  public List<Fault> active() {
    return faults.active();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Inject a fault for ttl_seconds (admin; demo mode): route_latency, route_errors,"
              + " cassandra_slow, cassandra_fail, downstream_slow, downstream_down, task_paused,"
              + " cpu_burn, heap_leak")
  @APIResponse(responseCode = "201", description = "The fault, with its id and expires_at")
  @APIResponse(responseCode = "422", description = "Unknown kind, missing target, bad amounts")
  public Response inject(@NotNull FaultRequest body, @Context UriInfo uri) {
    Fault fault = faults.add(body, caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(fault.id().toString()).build())
        .entity(fault)
        .build();
  }

  @DELETE
  @Path("/{faultId}")
  @Operation(summary = "Clear one fault now (admin; demo mode)")
  @APIResponse(responseCode = "200", description = "{\"message\": \"Fault cleared\"}")
  @APIResponse(responseCode = "404", description = "No such active fault")
  public Message clear(@PathParam("faultId") String faultId) {
    if (!faults.clear(Ids.parse(faultId, "Fault not found"), caller.username())) {
      throw ProblemException.notFound("Fault not found");
    }
    return new Message("Fault cleared");
  }

  @DELETE
  @Operation(summary = "Clear every fault of this service now (admin; demo mode)")
  @APIResponse(responseCode = "200", description = "{\"message\": \"N fault(s) cleared\"}")
  public Message clearAll() {
    return new Message(faults.clearAll(caller.username()) + " fault(s) cleared");
  }
}
