package io.productstore.cart.api;

import io.productstore.cart.domain.Cart;
import io.productstore.cart.domain.CartItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Cart = {items: [CartItem], total} as API.md §6 spells it. */
public record CartView(String username, List<Line> items, BigDecimal total) {

  /** CartItem = {id, product_id, name, price, quantity, total_price}. */
  public record Line(
      UUID id, UUID productId, String name, BigDecimal price, int quantity, BigDecimal totalPrice) {

    static Line of(CartItem item) {
      return new Line(
          item.id(),
          item.productId(),
          item.name(),
          item.price(),
          item.quantity(),
          item.totalPrice());
    }
  }

  public static CartView of(Cart cart) {
    return new CartView(
        cart.username(), cart.items().stream().map(Line::of).toList(), cart.total());
  }
}
