package io.productstore.cart.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog as the cart needs it (the port; the product service's gateway implements it). A
 * catalog that cannot answer throws {@link io.productstore.common.domain.DependencyUnavailable}.
 */
public interface ProductCatalog {

  /** The product now, or empty when the catalog has no such product. */
  Optional<CatalogProduct> find(UUID productId);

  /**
   * The product now for showing a cart; empty when the catalog cannot answer now (the cart then
   * shows what its line recorded: a stale price beats no cart at all).
   */
  Optional<CatalogProduct> current(UUID productId);

  /** The first {@code limit} products of a category, by name. */
  List<ProductSummary> inCategory(String category, int limit);
}
