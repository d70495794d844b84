package io.productstore.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stock reservations: never oversold, all or nothing, idempotent by order id. */
class ReservationIT extends DeployedWarTest {

  private static final String ADMIN = TestTokens.valid("reservation_it_admin", "user", "admin");
  private static final String SERVICE = TestTokens.valid("order-service", "service");

  private static String product(int stock) {
    return Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "Дефицит " + System.nanoTime(),
                "category",
                "Резерв",
                "price",
                9.99,
                "stock_count",
                stock))
        .post("/api/products/")
        .then()
        .statusCode(201)
        .extract()
        .path("product_id");
  }

  private static int stock(String productId) {
    return Store.request()
        .get("/api/products/" + productId)
        .then()
        .statusCode(200)
        .extract()
        .path("stock_count");
  }

  private static int reserve(String orderId, Map<String, Integer> items) {
    List<Map<String, Object>> lines = new ArrayList<>();
    items.forEach((id, quantity) -> lines.add(Map.of("product_id", id, "quantity", quantity)));
    return Store.as(SERVICE)
        .contentType(ContentType.JSON)
        .body(Map.of("order_id", orderId, "items", lines))
        .post("/api/products/reservations")
        .statusCode();
  }

  @Test
  void should_sell_exactly_the_stock_when_50_orders_race_for_10_units() throws Exception {
    String productId = product(10);
    ExecutorService pool = Executors.newFixedThreadPool(25);
    List<Callable<Integer>> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      orders.add(() -> reserve(UUID.randomUUID().toString(), Map.of(productId, 1)));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> status : pool.invokeAll(orders)) {
      statuses.add(status.get());
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
    assertThat(stock(productId)).isZero();
  }

  @Test
  void should_reserve_once_when_replayed_and_release_once_when_released_twice() {
    String productId = product(5);
    String orderId = UUID.randomUUID().toString();

    Store.as(SERVICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "order_id",
                orderId,
                "items",
                List.of(Map.of("product_id", productId, "quantity", 2))))
        .post("/api/products/reservations")
        .then()
        .statusCode(200)
        .body("order_id", equalTo(orderId))
        .body("items[0].quantity", equalTo(2))
        .body("items[0].price", equalTo(9.99f));
    assertThat(reserve(orderId, Map.of(productId, 2))).isEqualTo(200);
    assertThat(stock(productId)).isEqualTo(3);

    Store.as(SERVICE).delete("/api/products/reservations/" + orderId).then().statusCode(204);
    Store.as(SERVICE).delete("/api/products/reservations/" + orderId).then().statusCode(204);
    Store.as(SERVICE)
        .delete("/api/products/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(204);
    assertThat(stock(productId)).isEqualTo(5);
  }

  @Test
  void should_reserve_nothing_when_one_item_is_short_and_name_it() {
    String plenty = product(10);
    String scarce = product(1);
    String orderId = UUID.randomUUID().toString();

    Store.as(SERVICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "order_id",
                orderId,
                "items",
                List.of(
                    Map.of("product_id", plenty, "quantity", 3),
                    Map.of("product_id", scarce, "quantity", 2))))
        .post("/api/products/reservations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(scarce));

    assertThat(stock(plenty)).isEqualTo(10);
    assertThat(stock(scarce)).isEqualTo(1);
  }

  @Test
  void should_keep_reservations_and_admin_stock_changes_from_losing_each_other() {
    String productId = product(4);
    assertThat(reserve(UUID.randomUUID().toString(), Map.of(productId, 3))).isEqualTo(200);
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("stock_count", 20))
        .put("/api/products/" + productId)
        .then()
        .statusCode(200)
        .body("stock_count", equalTo(20));
    assertThat(reserve(UUID.randomUUID().toString(), Map.of(productId, 5))).isEqualTo(200);
    assertThat(stock(productId)).isEqualTo(15);
  }

  @Test
  void should_let_only_services_reserve() {
    String productId = product(3);
    String body =
        "{\"order_id\":\""
            + UUID.randomUUID()
            + "\",\"items\":[{\"product_id\":\""
            + productId
            + "\",\"quantity\":1}]}";
    Store.request()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/products/reservations")
        .then()
        .statusCode(401);
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/products/reservations")
        .then()
        .statusCode(403);
    Store.as(SERVICE)
        .contentType(ContentType.JSON)
        .body("{\"order_id\":\"" + UUID.randomUUID() + "\",\"items\":[]}")
        .post("/api/products/reservations")
        .then()
        .statusCode(422);
    Store.request()
        .delete("/api/products/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(401);
    Store.as(TestTokens.valid("reservation_it_user", "user"))
        .delete("/api/products/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(403);
    assertThat(stock(productId)).isEqualTo(3);
  }
}
