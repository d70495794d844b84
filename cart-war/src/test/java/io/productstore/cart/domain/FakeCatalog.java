package io.productstore.cart.domain;

import io.productstore.common.domain.DependencyUnavailable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A catalog in memory that a test can reprice, restock or take down. */
final class FakeCatalog implements ProductCatalog {

  private final Map<UUID, CatalogProduct> products = new LinkedHashMap<>();
  private boolean down;

  CatalogProduct add(String name, String category, String price, int stock) {
    CatalogProduct product =
        new CatalogProduct(UUID.randomUUID(), name, category, new BigDecimal(price), stock);
    products.put(product.productId(), product);
    return product;
  }

  void reprice(UUID productId, String name, String price) {
    CatalogProduct old = products.get(productId);
    products.put(
        productId,
        new CatalogProduct(
            productId, name, old.category(), new BigDecimal(price), old.stockCount()));
  }

  void down() {
    down = true;
  }

  @Override
  public Optional<CatalogProduct> find(UUID productId) {
    if (down) {
      throw new DependencyUnavailable("The product service is not reachable");
    }
    return Optional.ofNullable(products.get(productId));
  }

  @Override
  public Optional<CatalogProduct> current(UUID productId) {
    return down ? Optional.empty() : find(productId);
  }

  @Override
  public List<ProductSummary> inCategory(String category, int limit) {
    return products.values().stream()
        .filter(product -> product.category().equals(category))
        .map(p -> new ProductSummary(p.productId(), p.name(), p.category(), p.price()))
        .limit(limit)
        .toList();
  }
}
