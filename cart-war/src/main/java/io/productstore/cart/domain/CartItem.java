package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a cart: a product, its price and how many. */
public record CartItem(UUID id, UUID productId, String name, BigDecimal price, int quantity) {

  /** A new, still empty line for a product; priced and filled by the caller. */
  public static CartItem open(UUID productId) {
    return new CartItem(UUID.randomUUID(), productId, null, BigDecimal.ZERO, 0);
  }

  public BigDecimal totalPrice() {
    return price.multiply(BigDecimal.valueOf(quantity));
  }

  public CartItem withQuantity(int newQuantity) {
    return new CartItem(id, productId, name, price, newQuantity);
  }

  /** The same line showing the product's current name and price. */
  public CartItem priced(String currentName, BigDecimal currentPrice) {
    return new CartItem(id, productId, currentName, currentPrice, quantity);
  }

  /** Whether an item id of the API names this line: its own id, or its product's id. */
  public boolean isNamedBy(UUID itemId) {
    return id.equals(itemId) || productId.equals(itemId);
  }
}
