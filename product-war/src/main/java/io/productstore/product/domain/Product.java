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
  public static Product create(String name, String category, BigDecimal price, int stockCount,
      String description, String manufacturer) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Product(UUID.randomUUID(), name, category, price, stockCount, description,
        manufacturer, now, now);
  }
}
