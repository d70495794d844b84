package io.productstore.cart.client;

import io.productstore.common.client.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Order placement as the cart sees it. Placing with an idempotency key is idempotent, so it is
 * retried; the order service's refusals (409 not enough stock, 404 unknown product) pass through.
 */
@ApplicationScoped
public class OrderGateway {

  private OrderApi orders;

  protected OrderGateway() {}

  @Inject
  public OrderGateway(@RestClient OrderApi orders) {
    this.orders = orders;
  }

  /**
   * The order for {@code checkoutId}: placed now, or found when placed before. {@code forUser}
   * names the buyer when the bearer is a service token.
   */
  @Timeout(15000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = Downstream.Refusal.class)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
      skipOn = Downstream.Refusal.class)
  public JsonObject place(String bearer, UUID checkoutId, Map<UUID, Integer> lines, Optional<String> forUser) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    lines.forEach((productId, quantity) -> items.add(Json.createObjectBuilder()
        .add("product_id", productId.toString()).add("quantity", quantity)));
    JsonObjectBuilder body = Json.createObjectBuilder().add("items", items);
    forUser.ifPresent(user -> body.add("user_id", user));
    JsonObject order = body.build();
    return Downstream.relay("order service", () -> orders.place(bearer, checkoutId.toString(), order));
  }
}
