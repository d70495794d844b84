package io.productstore.order.client;

import io.productstore.common.client.ClientJson;
import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.DownstreamFaults;
import io.productstore.common.client.ErrorAnswer;
import io.productstore.order.domain.OrderItem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's stock reservations; called with this service's own token (role service). */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterProvider(DownstreamFaults.class)
@RegisterProvider(ClientJson.class)
@RegisterRestClient(configKey = "product-service")
@Path("/api/products/reservations")
@Produces(MediaType.APPLICATION_JSON)
public interface ReservationApi {

  /** The body of a reservation: {order_id, items: [{product_id, quantity}]}. */
  record Request(UUID orderId, List<Line> items) {

    /** One product and how many. */
    public record Line(UUID productId, int quantity) {}

    static Request of(UUID orderId, List<OrderItem> items) {
      return new Request(
          orderId,
          items.stream().map(item -> new Line(item.productId(), item.quantity())).toList());
    }
  }

  /** The answer: what the order holds now, at the catalog's names and prices. */
  record Result(UUID orderId, List<OrderItem> items) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Result reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, Request reservation);

  @DELETE
  @Path("/{orderId}")
  void release(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") String orderId);
}
