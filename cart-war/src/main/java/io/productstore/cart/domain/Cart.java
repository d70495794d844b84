package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.List;

/** A user's cart; its total is always derived from its lines. */
public record Cart(String username, List<CartItem> items) {

  public Cart {
    items = List.copyOf(items);
  }

  public BigDecimal total() {
    return items.stream().map(CartItem::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
