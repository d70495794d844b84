package io.productstore.user.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The caller's cart as the cart service shows it: Cart = {items: [CartItem], total}. */
public record CartSummary(String username, List<Line> items, BigDecimal total) {

  /** CartItem = {id, product_id, name, price, quantity, total_price}. */
  public record Line(
      UUID id,
      UUID productId,
      String name,
      BigDecimal price,
      int quantity,
      BigDecimal totalPrice) {}
}
