package io.productstore.cart.client;

import io.productstore.cart.domain.PlacedOrder;
import io.productstore.common.client.ClientJson;
import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.DownstreamFaults;
import io.productstore.common.client.ErrorAnswer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The order service's order placement. The Authorization header is explicit: the caller's token
 * during a request, this service's own token in the recovery pass.
 */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterProvider(DownstreamFaults.class)
@RegisterProvider(ClientJson.class)
@RegisterRestClient(configKey = "order-service")
@Path("/order-api/orders/")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

  /** The body of {@code POST /orders/}: {items: [{product_id, quantity}], user_id?}. */
  record Placement(List<Line> items, String userId) {

    /** One product and how many. */
    public record Line(UUID productId, int quantity) {}

    static Placement of(Map<UUID, Integer> lines, String userId) {
      return new Placement(
          lines.entrySet().stream().map(line -> new Line(line.getKey(), line.getValue())).toList(),
          userId);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  PlacedOrder place(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      Placement order);
}
