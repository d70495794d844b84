package io.productstore.order.api;

import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.order.domain.OrderRepository;
import io.productstore.order.domain.OrderStatus;
import io.productstore.order.domain.OrderSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders of the caller, and the list of statuses. */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
public class OrderResource {

  private OrderRepository orders;
  private CurrentUser caller;

  protected OrderResource() {}

  @Inject
  public OrderResource(OrderRepository orders, CurrentUser caller) {
    this.orders = orders;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The caller's orders, newest first")
  public List<OrderSummary> mine() {
    return orders.findByUser(caller.username());
  }

  @GET
  @Path("/statuses/list")
  @PermitAll
  @Operation(summary = "Every order status with its Russian label")
  public Map<String, String> statuses() {
    return OrderStatus.labels();
  }
}
