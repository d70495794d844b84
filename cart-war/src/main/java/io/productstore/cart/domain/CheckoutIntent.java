package io.productstore.cart.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A checkout as the cart records it before asking the order service: which lines are bought, and
 * the checkout id the order is derived from, so every retry (the client's or the recovery's) asks
 * for the same order.
 */
public record CheckoutIntent(
    String username,
    String idempotencyKey,
    UUID checkoutId,
    Map<UUID, Integer> lines,
    boolean completed,
    Instant createdAt) {

  public CheckoutIntent {
    lines = Map.copyOf(lines);
  }

  public static CheckoutIntent of(Cart cart, String idempotencyKey, Instant now) {
    Map<UUID, Integer> lines = new LinkedHashMap<>();
    cart.items().forEach(item -> lines.put(item.productId(), item.quantity()));
    return new CheckoutIntent(
        cart.username(), idempotencyKey, UUID.randomUUID(), lines, false, now);
  }

  public CheckoutRepository.Key key() {
    return new CheckoutRepository.Key(username, idempotencyKey);
  }

  public int itemCount() {
    return lines.values().stream().mapToInt(Integer::intValue).sum();
  }
}
