package io.productstore.user.client;

import jakarta.enterprise.context.ApplicationScoped;
import io.productstore.common.client.Downstream;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The cart service as the user service sees it: bounded in time, cut off while it keeps failing,
 * and answering 503 problem+json instead of hanging or failing with a 500.
 */
@ApplicationScoped
public class CartGateway {

  private CartApi cart;

  protected CartGateway() {}

  @Inject
  public CartGateway(@RestClient CartApi cart) {
    this.cart = cart;
  }

  @Timeout(4000)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
  public JsonObject cartOfCaller() {
    return Downstream.call("cart service", cart::cart);
  }

  /** The cart service's checkout; its refusals (400 empty cart, 409 short stock) pass through. */
  @Timeout(20000)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000,
      skipOn = Downstream.Refusal.class)
  public JsonObject checkoutOfCaller(String idempotencyKey) {
    return Downstream.relay("cart service", () -> cart.checkout(idempotencyKey));
  }
}
