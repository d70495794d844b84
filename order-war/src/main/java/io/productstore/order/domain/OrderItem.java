package io.productstore.order.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One item of an order, at the name and price the catalog reserved it for. */
public record OrderItem(UUID productId, String name, BigDecimal price, int quantity) {

  /** An item as requested: priced only when the catalog reserves it. */
  public static OrderItem requested(UUID productId, int quantity) {
    return new OrderItem(productId, null, null, quantity);
  }

  public BigDecimal total() {
    return price.multiply(BigDecimal.valueOf(quantity));
  }
}
