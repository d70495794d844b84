package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Checkout through cart → order → product: no oversell, exactly once, server prices, cancel. */
@MicroShedTest
class CheckoutIT {

  private static String admin;

  @BeforeAll
  static void serverIsReady() {
    admin = Shop.readyAsAdmin();
  }

  @Test
  void should_sell_exactly_the_stock_when_fifty_users_check_out_at_once() throws Exception {
    String product = Shop.testProduct(admin, "Дефицит", "10.00", 10);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String user = Shop.buyer("rush" + i, product, 1);
      users.add(user);
    }

    List<Integer> statuses =
        all(
            users.stream()
                .<Callable<Integer>>map(
                    user -> () -> Store.as(user).post("/cart-api/cart/checkout").statusCode())
                .toList());

    assertThat(statuses).as("statuses " + statuses).filteredOn(status -> status == 200).hasSize(10);
    assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
    assertThat(Shop.stock(product)).isZero();
    int sold =
        users.stream().mapToInt(user -> Shop.unitsOrdered(Shop.ordersOf(user), product)).sum();
    assertThat(sold).as("units across all orders").isEqualTo(10);
    long cartsKept = users.stream().filter(user -> Shop.inCart(user, product) == 1).count();
    assertThat(cartsKept).as("carts of the users who got 409 keep their line").isEqualTo(40);
  }

  @Test
  void should_answer_409_with_the_short_items_and_keep_the_cart() {
    String product = Shop.testProduct(admin, "Мало", "5.00", 3);
    String user = Shop.buyer("short", product, 3);
    Store.as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("stock_count", 1))
        .put("/api/products/" + product)
        .then()
        .statusCode(200);

    Store.as(user)
        .post("/cart-api/cart/checkout")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(product));

    assertThat(Shop.inCart(user, product)).isEqualTo(3);
    assertThat(Shop.stock(product)).isEqualTo(1);
    assertThat(Shop.ordersOf(user)).isEmpty();
  }

  @Test
  void should_return_the_same_order_for_one_idempotency_key_sequentially_and_concurrently()
      throws Exception {
    String product = Shop.testProduct(admin, "Повтор", "7.25", 100);
    String user = Shop.buyer("retry", product, 2);

    String first = Shop.checkout(user, "key-1").then().statusCode(200).extract().path("id");
    String again = Shop.checkout(user, "key-1").then().statusCode(200).extract().path("id");
    assertThat(again).isEqualTo(first);

    Shop.addToCart(user, product, 3);
    List<String> ids =
        all(
            java.util.stream.IntStream.range(0, 10)
                .<Callable<String>>mapToObj(
                    i ->
                        () ->
                            Shop.checkout(user, "key-2")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("id"))
                .toList());
    assertThat(ids).containsOnly(ids.get(0)).doesNotContain(first);

    assertThat(Shop.ordersOf(user)).hasSize(2);
    assertThat(Shop.stock(product)).isEqualTo(100 - 2 - 3);
    assertThat(Shop.inCart(user, product)).isZero();
  }

  @Test
  void should_place_one_order_when_the_buyer_clicks_checkout_again_after_a_503() {
    String product = Shop.testProduct(admin, "Ещё раз", "3.00", 10);
    String user = Shop.buyer("again", product, 2);
    // The order service writes each checkout's order PENDING, then cannot reach the catalog.
    Store.as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "downstream_down", "target", "product", "ttl_seconds", 60))
        .post("/order-api/admin/faults")
        .then()
        .statusCode(201);
    Store.as(user).post("/cart-api/cart/checkout").then().statusCode(503);
    Store.as(user).post("/cart-api/cart/checkout").then().statusCode(503);
    Store.as(admin).delete("/order-api/admin/faults").then().statusCode(200);

    // Clicking again, as a person does (no Idempotency-Key), until the breakers let it through.
    String[] placed = new String[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              var answer = Store.as(user).post("/cart-api/cart/checkout");
              placed[0] = answer.statusCode() == 200 ? answer.path("id") : null;
              return placed[0] != null;
            });

    // Past the order service's pending timeout (5 s here), when the 503s' PENDING orders settle.
    await()
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(10))
        .until(() -> Shop.ordersOf(user).size() == 1);
    assertThat(Shop.ordersOf(user)).extracting(order -> order.get("id")).containsExactly(placed[0]);
    assertThat(Shop.stock(product)).isEqualTo(8);
    assertThat(Shop.inCart(user, product)).isZero();
  }

  @Test
  void should_check_the_cart_out_through_the_user_service_exactly_once() {
    String product = Shop.testProduct(admin, "Профиль", "4.00", 10);
    String user = Shop.newUser("me");
    Store.as(user)
        .post("/user-api/users/me/orders")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Cart is empty"));
    Shop.addToCart(user, product, 2);

    String first =
        Store.as(user)
            .header("Idempotency-Key", "me-1")
            .post("/user-api/users/me/orders")
            .then()
            .statusCode(200)
            .body("status", equalTo("CREATED"))
            .body("total", equalTo(8.0f))
            .extract()
            .path("id");
    String again =
        Store.as(user)
            .header("Idempotency-Key", "me-1")
            .post("/user-api/users/me/orders")
            .then()
            .statusCode(200)
            .extract()
            .path("id");

    assertThat(again).isEqualTo(first);
    assertThat(Shop.stock(product)).isEqualTo(8);
    Store.as(user)
        .get("/user-api/users/me/orders")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.contains(first));
    Store.as(user)
        .get("/user-api/users/me/total-spent")
        .then()
        .statusCode(200)
        .body("total_spent", equalTo(8.0f));
  }

  @Test
  void should_price_the_order_from_the_catalog_at_checkout_time() {
    String product = Shop.testProduct(admin, "Цена", "10.00", 10);
    String user = Shop.buyer("price", product, 2);
    Store.as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("price", 12.5))
        .put("/api/products/" + product)
        .then()
        .statusCode(200);

    Store.as(user)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "items",
                List.of(Map.of("product_id", product, "quantity", 1, "price", 0.01)),
                "total",
                0.01))
        .post("/order-api/orders/")
        .then()
        .statusCode(201)
        .body("total", equalTo(12.5f));
    Store.as(user)
        .post("/cart-api/cart/checkout")
        .then()
        .statusCode(200)
        .body("items[0].price", equalTo(12.5f))
        .body("total", equalTo(25.0f));
  }

  @Test
  void should_give_the_stock_back_on_cancel_and_refuse_illegal_changes() {
    String product = Shop.testProduct(admin, "Отмена", "3.00", 10);
    String owner = Shop.newUser("cancel");
    String stranger = Shop.newUser("stranger");
    Shop.addToCart(owner, product, 4);
    String order =
        Store.as(owner).post("/cart-api/cart/checkout").then().statusCode(200).extract().path("id");
    assertThat(Shop.stock(product)).isEqualTo(6);

    Store.as(stranger)
        .get("/order-api/orders/" + order)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Access denied"));
    Store.as(stranger).put("/order-api/orders/" + order + "/cancel").then().statusCode(403);
    Store.as(owner)
        .put("/order-api/orders/" + order + "/status?status=DELIVERED")
        .then()
        .statusCode(403);
    Store.as(admin)
        .put("/order-api/orders/" + order + "/status?status=DELIVERED")
        .then()
        .statusCode(409);
    Store.as(admin)
        .put("/order-api/orders/" + order + "/status?status=LOST")
        .then()
        .statusCode(422);

    Store.as(owner)
        .put("/order-api/orders/" + order + "/cancel")
        .then()
        .statusCode(200)
        .body("message", equalTo("Order cancelled"))
        .body("order.status", equalTo("CANCELLED"));
    assertThat(Shop.stock(product)).isEqualTo(10);
    Store.as(owner).put("/order-api/orders/" + order + "/cancel").then().statusCode(409);
    Store.as(owner)
        .get("/user-api/users/me/total-spent")
        .then()
        .statusCode(200)
        .body("total_spent", equalTo(0));
    Store.as(admin)
        .queryParam("status", "CANCELLED")
        .queryParam("user_id", TestTokens.subject(owner))
        .get("/order-api/orders/")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(order));
  }

  @Test
  void should_grant_nothing_to_identity_headers_or_bad_tokens_on_cart_and_order_routes() {
    String product = Shop.testProduct(admin, "Чужое", "1.00", 10);
    String victim = Shop.buyer("victim", product, 1);
    String victimName = TestTokens.subject(victim);
    String order =
        Store.as(victim)
            .post("/cart-api/cart/checkout")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    String attacker = Shop.newUser("attacker");

    Store.as(attacker)
        .header("X-User-ID", victimName)
        .header("admin", "true")
        .get("/cart-api/cart/")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    Store.as(attacker)
        .header("X-User-ID", victimName)
        .header("admin", "true")
        .get("/order-api/orders/" + order)
        .then()
        .statusCode(403);
    Store.as(attacker).header("admin", "true").get("/cart-api/carts/").then().statusCode(403);
    Store.as(attacker)
        .header("admin", "true")
        .queryParam("user_id", victimName)
        .get("/order-api/orders/")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    Store.request().header("X-User-ID", victimName).get("/cart-api/cart/").then().statusCode(401);

    for (String token :
        List.of(
            TestTokens.expired(victimName, "user"),
            TestTokens.unsigned(victimName, "user"),
            TestTokens.signedByAnotherKey(victimName, "user"),
            TestTokens.withTamperedPayload(victim),
            TestTokens.withoutGroups(victimName))) {
      for (String path :
          List.of("/cart-api/cart/", "/order-api/orders/", "/order-api/orders/" + order)) {
        Store.as(token).get(path).then().statusCode(401);
      }
      Store.as(token).post("/cart-api/cart/checkout").then().statusCode(401);
      Store.as(token).put("/order-api/orders/" + order + "/cancel").then().statusCode(401);
    }
    // Nothing the attacker sent cancelled it (the lifecycle may have moved it on meanwhile: the
    // test server's steps are a second apart).
    Store.as(victim)
        .get("/order-api/orders/" + order)
        .then()
        .statusCode(200)
        .body("status", not(equalTo("CANCELLED")))
        .body("status_history.status", not(hasItem("CANCELLED")));
  }

  /** Runs every call at once and returns their answers in order. */
  private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> answers = new ArrayList<>();
      for (Future<T> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
