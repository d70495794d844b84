package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

  /** The line an API item id names (line id or product id). */
  public Optional<CartItem> line(UUID itemId) {
    return items.stream().filter(item -> item.isNamedBy(itemId)).findFirst();
  }
}
