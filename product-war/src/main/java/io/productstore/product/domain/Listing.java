package io.productstore.product.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as lists show it: Product = {product_id, name, category, price}. */
public record Listing(UUID productId, String name, String category, BigDecimal price) {}
