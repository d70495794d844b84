package io.productstore.cart.domain;

import java.util.List;

/** Where carts are kept. */
public interface CartRepository {

  Cart findByUser(String username);

  /** Every non-empty cart, ordered by username. */
  List<Cart> findAll();
}
