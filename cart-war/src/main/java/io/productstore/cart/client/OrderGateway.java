package io.productstore.cart.client;

import io.productstore.cart.domain.OrderPlacement;
import io.productstore.cart.domain.PlacedOrder;
import io.productstore.common.client.Downstream;
import io.productstore.common.client.Outbound;
import io.productstore.common.domain.Refused;
import io.productstore.common.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Order placement as the cart sees it. Placing with an idempotency key is idempotent, so it is
 * retried; the order service's refusals (409 not enough stock, 404 unknown product) pass through.
 */
@ApplicationScoped
@Outbound
@Timeout(15000)
// Not again while the circuit is open: the answer would be the same, only later (the drill
// product-stopped measured 2.4 s for a 503 that retried into an open breaker).
@Retry(
    maxRetries = 1,
    delay = 200,
    jitter = 100,
    abortOn = {Refused.class, CircuitBreakerOpenException.class})
@CircuitBreaker(
    requestVolumeThreshold = 20,
    failureRatio = 0.5,
    delay = 5000,
    skipOn = Refused.class)
public class OrderGateway implements OrderPlacement {

  private OrderApi orders;
  private ServiceTokens tokens;

  protected OrderGateway() {}

  @Inject
  public OrderGateway(@RestClient OrderApi orders, ServiceTokens tokens) {
    this.orders = orders;
    this.tokens = tokens;
  }

  @Override
  public PlacedOrder place(String bearer, UUID checkoutId, Map<UUID, Integer> lines) {
    return send(bearer, checkoutId, OrderApi.Placement.of(lines, null));
  }

  @Override
  public PlacedOrder placeFor(String username, UUID checkoutId, Map<UUID, Integer> lines) {
    return send(tokens.bearer(), checkoutId, OrderApi.Placement.of(lines, username));
  }

  private PlacedOrder send(String bearer, UUID checkoutId, OrderApi.Placement order) {
    return Downstream.relay(
        "order service", () -> orders.place(bearer, checkoutId.toString(), order));
  }
}
