package io.productstore.user.domain;

/**
 * The cart service as the account pages need it (the port), always with the caller's own token. An
 * outage is a {@link io.productstore.common.domain.DependencyUnavailable}; the cart service's own
 * no (an empty cart, not enough stock) a {@link io.productstore.common.domain.Refused}.
 */
public interface CartAccess {

  CartSummary cartOf(String bearer);

  /** The cart service's checkout of the caller's cart; the same key always gives the same order. */
  PlacedOrder checkout(String bearer, String idempotencyKey);
}
