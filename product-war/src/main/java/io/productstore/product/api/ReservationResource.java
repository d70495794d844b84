package io.productstore.product.api;

import io.productstore.common.security.Roles;
import io.productstore.common.web.Ids;
import io.productstore.product.domain.Reservations;
import io.productstore.product.domain.ReservedItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock reservations for the order service (role service), keyed by order id. */
@Path("/products/reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "jwt")
@Tag(name = "reservations")
public class ReservationResource {

  /** The body of {@code POST /products/reservations}. */
  public record ReservationRequest(
      @NotNull UUID orderId, @NotEmpty List<@Valid @NotNull Item> items) {}

  /** One requested item. */
  public record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {}

  /** The answer: what the order holds now, with names and prices. */
  public record Reservation(UUID orderId, List<ReservedItem> items) {}

  private Reservations reservations;

  protected ReservationResource() {}

  @Inject
  public ReservationResource(Reservations reservations) {
    this.reservations = reservations;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reserve every item for the order, or nothing (idempotent per order id)")
  @APIResponse(responseCode = "200", description = "Reserved (also when it already was)")
  @APIResponse(
      responseCode = "409",
      description = "Not enough stock; errors[] names the short products")
  public Reservation reserve(@Valid @NotNull ReservationRequest body) {
    Map<UUID, Integer> merged = new LinkedHashMap<>();
    body.items().forEach(item -> merged.merge(item.productId(), item.quantity(), Integer::sum));
    return new Reservation(body.orderId(), reservations.reserve(body.orderId(), merged));
  }

  @DELETE
  @Path("/{orderId}")
  @Operation(summary = "Give the order's stock back (idempotent; unknown orders are a no-op)")
  @APIResponse(responseCode = "204", description = "Released, or nothing to release")
  public void release(@PathParam("orderId") String orderId) {
    reservations.release(Ids.parse(orderId, "Reservation not found"));
  }
}
