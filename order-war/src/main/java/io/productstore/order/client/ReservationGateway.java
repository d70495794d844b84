package io.productstore.order.client;

import io.productstore.common.client.Downstream;
import io.productstore.common.security.ServiceTokens;
import io.productstore.order.domain.OrderItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Stock reservations keyed by order id. Both calls are idempotent at the catalog, so they are
 * retried; the catalog's refusals (409 not enough stock, 404 unknown product) are answers, not
 * failures, and pass through unchanged.
 */
@ApplicationScoped
public class ReservationGateway {

  private static final String SERVICE = "product service";

  private ReservationApi reservations;
  private ServiceTokens tokens;

  protected ReservationGateway() {}

  @Inject
  public ReservationGateway(@RestClient ReservationApi reservations, ServiceTokens tokens) {
    this.reservations = reservations;
    this.tokens = tokens;
  }

  /** Reserves every item for the order, or none; the items at the catalog's names and prices. */
  @Timeout(8000)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = Downstream.Refusal.class)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
      skipOn = Downstream.Refusal.class)
  public List<OrderItem> reserve(UUID orderId, List<OrderItem> items) {
    JsonArrayBuilder requested = Json.createArrayBuilder();
    items.forEach(item -> requested.add(Json.createObjectBuilder()
        .add("product_id", item.productId().toString()).add("quantity", item.quantity())));
    JsonObject body = Json.createObjectBuilder().add("order_id", orderId.toString()).add("items", requested).build();
    JsonObject reserved = Downstream.relay(SERVICE, () -> reservations.reserve(tokens.bearer(), body));
    return reserved.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> new OrderItem(UUID.fromString(item.getString("product_id")), item.getString("name"),
            item.getJsonNumber("price").bigDecimalValue(), item.getInt("quantity")))
        .toList();
  }

  /** Gives the order's stock back (a no-op when there is none or it was given back already). */
  @Timeout(8000)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = Downstream.Refusal.class)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
      skipOn = Downstream.Refusal.class)
  public void release(UUID orderId) {
    Downstream.relay(SERVICE, () -> {
      reservations.release(tokens.bearer(), orderId.toString());
      return orderId;
    });
  }
}
