package io.productstore.order.client;

import io.productstore.common.client.Downstream;
import io.productstore.common.client.Outbound;
import io.productstore.common.domain.Refused;
import io.productstore.common.security.ServiceTokens;
import io.productstore.order.domain.OrderItem;
import io.productstore.order.domain.StockReservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Stock reservations keyed by order id. Both calls are idempotent at the catalog, so they are
 * retried; the catalog's refusals (409 not enough stock, 404 unknown product) are answers, not
 * failures, and pass through unchanged.
 */
@ApplicationScoped
@Outbound
@Timeout(8000)
// Not again while the circuit is open: the answer would be the same, only later (the drill
// product-stopped measured 2.4 s for a 503 that retried into an open breaker).
@Retry(
    maxRetries = 2,
    delay = 200,
    jitter = 100,
    abortOn = {Refused.class, CircuitBreakerOpenException.class})
@CircuitBreaker(
    requestVolumeThreshold = 20,
    failureRatio = 0.5,
    delay = 5000,
    skipOn = Refused.class)
public class ReservationGateway implements StockReservations {

  private static final String SERVICE = "product service";

  private ReservationApi reservations;
  private ServiceTokens tokens;

  protected ReservationGateway() {}

  @Inject
  public ReservationGateway(@RestClient ReservationApi reservations, ServiceTokens tokens) {
    this.reservations = reservations;
    this.tokens = tokens;
  }

  @Override
  public List<OrderItem> reserve(UUID orderId, List<OrderItem> items) {
    ReservationApi.Request request = ReservationApi.Request.of(orderId, items);
    return Downstream.relay(SERVICE, () -> reservations.reserve(tokens.bearer(), request)).items();
  }

  @Override
  public void release(UUID orderId) {
    Downstream.relay(
        SERVICE,
        () -> {
          reservations.release(tokens.bearer(), orderId.toString());
          return orderId;
        });
  }
}
