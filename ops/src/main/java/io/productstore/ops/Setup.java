package io.productstore.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The products the load buys: twenty in the "Load" category, with stock that never runs out; each
 * simulated user buys mostly its own, so they do not all queue on one product's stock.
 */
final class Setup {

  /** The stock of every load product, and what an incident that changed it sets back. */
  static final int STOCK = 1_000_000;

  private Setup() {}

  static List<String> products(Http store, String admin) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Http.Answer answer =
          store.send(
              "POST",
              "/api/products/",
              admin,
              Json.createObjectBuilder()
                  .add("name", "Load product " + i + " " + Long.toString(System.nanoTime(), 36))
                  .add("category", "Load")
                  .add("price", 1.5 + i)
                  .add("stock_count", STOCK)
                  .add("description", "bought by the load generator")
                  .add("manufacturer", "ops")
                  .build());
      if (answer.status() != 201) {
        throw new IllegalStateException(
            "Could not create a load product: HTTP " + answer.status() + " " + answer.body());
      }
      ids.add(((JsonObject) answer.json()).getString("product_id"));
    }
    return ids;
  }
}
