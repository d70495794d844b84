package io.productstore.product.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A partial update: the fields named in {@code present} change (description and manufacturer may
 * change to null, meaning cleared); the others stay as they are.
 */
public record ProductPatch(
    String name,
    String category,
    BigDecimal price,
    Integer stockCount,
    String description,
    String manufacturer,
    Set<String> present) {

  public ProductPatch {
    present = Set.copyOf(present);
  }

  public boolean has(String field) {
    return present.contains(field);
  }
}
