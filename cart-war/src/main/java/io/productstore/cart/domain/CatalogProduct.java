package io.productstore.cart.domain;

import io.productstore.common.domain.DomainException;
import java.math.BigDecimal;
import java.util.UUID;

/** What the cart needs of a product: its name, current price, category and stock. */
public record CatalogProduct(
    UUID productId, String name, String category, BigDecimal price, int stockCount) {

  /** The answer for a product the catalog does not know, in the words of API.md. */
  public static DomainException unknown(UUID productId) {
    return DomainException.notFound("Product with id " + productId + " not found");
  }
}
