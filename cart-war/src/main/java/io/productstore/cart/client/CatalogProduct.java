package io.productstore.cart.client;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;

/** What the cart needs of a product: its name, current price, category and stock. */
public record CatalogProduct(UUID productId, String name, String category, BigDecimal price, int stockCount) {

  static CatalogProduct of(JsonObject json) {
    return new CatalogProduct(UUID.fromString(json.getString("product_id")), json.getString("name"),
        json.getString("category"), json.getJsonNumber("price").bigDecimalValue(),
        json.getInt("stock_count", 0));
  }
}
