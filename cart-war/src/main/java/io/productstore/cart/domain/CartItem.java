package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a cart: a product, its price and how many. */
public record CartItem(UUID id, UUID productId, String name, BigDecimal price, int quantity) {

  public BigDecimal totalPrice() {
    return price.multiply(BigDecimal.valueOf(quantity));
  }
}
