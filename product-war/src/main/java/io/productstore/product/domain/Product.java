package io.productstore.product.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A product of the catalog; money is decimal end to end. */
public record Product(
    UUID productId,
    String name,
    String category,
    BigDecimal price,
    int stockCount,
    String description,
    String manufacturer,
    Instant createdAt,
    Instant updatedAt) {

  /** A new product with a fresh id, stamped now. */
  public static Product create(
      String name,
      String category,
      BigDecimal price,
      int stockCount,
      String description,
      String manufacturer) {
    Instant now = now();
    return new Product(
        UUID.randomUUID(), name, category, price, stockCount, description, manufacturer, now, now);
  }

  /** This product with the patch's fields applied, stamped now. */
  public Product apply(ProductPatch patch) {
    return new Product(
        productId,
        patch.has("name") ? patch.name() : name,
        patch.has("category") ? patch.category() : category,
        patch.has("price") ? patch.price() : price,
        patch.has("stock_count") ? patch.stockCount() : stockCount,
        patch.has("description") ? patch.description() : description,
        patch.has("manufacturer") ? patch.manufacturer() : manufacturer,
        createdAt,
        now());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
