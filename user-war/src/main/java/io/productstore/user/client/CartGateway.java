package io.productstore.user.client;

import io.productstore.common.client.Downstream;
import io.productstore.common.client.Outbound;
import io.productstore.common.domain.Refused;
import io.productstore.user.domain.CartAccess;
import io.productstore.user.domain.CartSummary;
import io.productstore.user.domain.PlacedOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The cart service as the user service sees it: bounded in time, cut off while it keeps failing.
 */
@ApplicationScoped
@Outbound
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 5000,
    skipOn = Refused.class)
public class CartGateway implements CartAccess {

  private static final String SERVICE = "cart service";

  private CartApi cart;

  protected CartGateway() {}

  @Inject
  public CartGateway(@RestClient CartApi cart) {
    this.cart = cart;
  }

  @Override
  @Timeout(4000)
  public CartSummary cartOf(String bearer) {
    return Downstream.call(SERVICE, () -> cart.cart(bearer));
  }

  /** The cart service's refusals (400 empty cart, 409 short stock) pass through. */
  @Override
  @Timeout(20000)
  public PlacedOrder checkout(String bearer, String idempotencyKey) {
    return Downstream.relay(SERVICE, () -> cart.checkout(bearer, idempotencyKey));
  }
}
