package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as the catalog lists it (API.md's Product list item), shown as a recommendation. */
public record ProductSummary(UUID productId, String name, String category, BigDecimal price) {}
