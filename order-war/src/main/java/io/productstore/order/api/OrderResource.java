package io.productstore.order.api;

import io.opentelemetry.api.trace.Span;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.common.web.IdempotencyKey;
import io.productstore.common.web.Ids;
import io.productstore.common.web.Message;
import io.productstore.common.web.TraceLinks;
import io.productstore.order.domain.OrderStatus;
import io.productstore.order.domain.Orders;
import io.productstore.order.domain.Placements;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: placing, reading, cancelling, admin status changes, and the list of statuses. */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "orders")
public class OrderResource {

  /** The answer of a cancellation: {"message": "Order cancelled", "order": {...}}. */
  public record Cancelled(String message, OrderView order) {}

  private Orders orders;
  private Placements placements;
  private CurrentUser caller;

  protected OrderResource() {}

  @Inject
  public OrderResource(Orders orders, Placements placements, CurrentUser caller) {
    this.orders = orders;
    this.placements = placements;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(
      summary =
          "A user's own orders (an array, newest first); an admin's: every order, paged, "
              + "filtered by status and user_id")
  @APIResponse(
      responseCode = "200",
      description = "Order[] for a user; a page of Order for an admin")
  public Object list(
      @QueryParam("skip") @DefaultValue("0") int skip,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @QueryParam("status") String status,
      @QueryParam("user_id") String userId) {
    if (!caller.isAdmin()) {
      return mine();
    }
    return orders
        .all(
            Optional.ofNullable(status).map(OrderResource::status),
            Optional.ofNullable(userId),
            skip,
            limit)
        .map(OrderView::of);
  }

  @GET
  @Path("/mine")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "The caller's own orders, newest first, whatever the caller's roles")
  public List<OrderView> mine() {
    return orders.ofUser(caller.username()).stream().map(OrderView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN, Roles.SERVICE})
  @Operation(
      summary =
          "Place an order: prices and total from the catalog, stock reserved first; the same "
              + "Idempotency-Key always gives the same order")
  @APIResponse(responseCode = "201", description = "Placed: status CREATED, stock reserved")
  @APIResponse(responseCode = "200", description = "The order this Idempotency-Key placed before")
  @APIResponse(responseCode = "404", description = "A product does not exist")
  @APIResponse(
      responseCode = "409",
      description = "Not enough stock; errors[] names the short products")
  @APIResponse(
      responseCode = "503",
      description = "The catalog is unreachable; retry with the same key")
  public Response place(
      @Valid @NotNull OrderRequest body,
      @HeaderParam(IdempotencyKey.HEADER) String key,
      @Context UriInfo uri) {
    Placements.Placement placement =
        placements.place(
            buyer(body),
            IdempotencyKey.of(key),
            body.quantities(),
            TraceLinks.traceParent(Span.current().getSpanContext()));
    OrderView order = OrderView.of(placement.order());
    if (!placement.isNew()) {
      return Response.ok(order).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("orders").path(order.id().toString()).build())
        .entity(order)
        .build();
  }

  @GET
  @Path("/{orderId}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One order (its owner or an admin)")
  @APIResponse(responseCode = "200", description = "The order with its status history")
  @APIResponse(responseCode = "403", description = "Someone else's order")
  @APIResponse(responseCode = "404", description = "No such order")
  public OrderView order(@PathParam("orderId") String orderId) {
    return OrderView.of(orders.visibleTo(id(orderId), caller.username(), caller.isAdmin()));
  }

  @PUT
  @Path("/{orderId}/cancel")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(
      summary = "Cancel before shipping (owner or admin); the stock goes back to the catalog")
  @APIResponse(
      responseCode = "200",
      description = "{\"message\": \"Order cancelled\", \"order\": {...}}")
  @APIResponse(responseCode = "409", description = "The order is SHIPPING, DELIVERED or CANCELLED")
  public Cancelled cancel(@PathParam("orderId") String orderId) {
    return new Cancelled(
        "Order cancelled",
        OrderView.of(orders.cancel(id(orderId), caller.username(), caller.isAdmin())));
  }

  @PUT
  @Path("/{orderId}/status")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Move an order to a status (admin): legal transitions only")
  @APIResponse(responseCode = "200", description = "{\"message\": \"Order status updated to X\"}")
  @APIResponse(responseCode = "409", description = "Not a legal transition from the current status")
  @APIResponse(responseCode = "422", description = "Unknown status")
  public Message changeStatus(
      @PathParam("orderId") String orderId, @QueryParam("status") String status) {
    OrderStatus target = status(status);
    orders.changeStatus(id(orderId), target, caller.username());
    return new Message("Order status updated to " + target);
  }

  @GET
  @Path("/statuses/list")
  @PermitAll
  @SecurityRequirementsSets({}) // anyone: the class's jwt requirement does not apply
  @Operation(summary = "Every order status with its Russian label")
  public Map<String, String> statuses() {
    return OrderStatus.labels();
  }

  private String buyer(OrderRequest body) {
    if (!caller.isService()) {
      return caller.username();
    }
    if (body.userId() == null) {
      throw ProblemException.invalid(
          "A service places an order for a user: user_id is required", "user_id", "must be given");
    }
    return body.userId();
  }

  private static UUID id(String orderId) {
    return Ids.parse(orderId, "Order not found");
  }

  private static OrderStatus status(String status) {
    try {
      OrderStatus parsed =
          OrderStatus.valueOf(String.valueOf(status).trim().toUpperCase(Locale.ROOT));
      if (parsed.isPlaced()) {
        return parsed;
      }
    } catch (IllegalArgumentException unknown) {
      // answered below
    }
    throw ProblemException.invalid(
        "Unknown order status: " + status,
        "status",
        "must be one of " + OrderStatus.labels().keySet());
  }
}
