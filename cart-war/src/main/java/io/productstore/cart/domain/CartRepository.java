package io.productstore.cart.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where carts are kept: one partition per user, one row per product. */
public interface CartRepository {

  Cart findByUser(String username);

  Optional<CartItem> line(String username, UUID productId);

  /** Adds a line unless the product already has one; false when it has. */
  boolean insertLine(String username, CartItem item);

  /** Writes the line if its quantity is still {@code expected}; false when it changed meanwhile. */
  boolean replaceLine(String username, int expected, CartItem item);

  void removeLine(String username, UUID productId);

  /**
   * Removes the line if its quantity is still {@code expected}; false when it changed meanwhile.
   */
  boolean removeLineIf(String username, UUID productId, int expected);

  void clear(String username);

  /** Every non-empty cart, ordered by username. */
  List<Cart> findAll();
}
