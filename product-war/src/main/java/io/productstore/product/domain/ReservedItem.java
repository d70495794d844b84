package io.productstore.product.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One item of a reservation: {product_id, name, price, quantity}. */
public record ReservedItem(UUID productId, String name, BigDecimal price, int quantity) {}
