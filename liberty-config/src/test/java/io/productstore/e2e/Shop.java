package io.productstore.e2e;

import static org.hamcrest.Matchers.notNullValue;

import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the shop tests do again and again, through the public paths of the all-in-one server. */
final class Shop {

  private Shop() {}

  /** The server's OpenAPI document, as JSON. */
  static ExtractableResponse<Response> openApi() {
    return Store.request()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .extract();
  }

  static String login(String username, String password) {
    return Users.accessToken(username, password);
  }

  static String admin() {
    return login("swagger_admin", "admin123");
  }

  /** Waits until the server is ready and answers with an admin's token. */
  static String readyAsAdmin() {
    Store.awaitReady(Duration.ofSeconds(120));
    return admin();
  }

  /** A product of the test category with a unique name ({@code label} + a counter). */
  static String testProduct(String admin, String label, String price, int stock) {
    return createProduct(
        admin, label + " " + System.nanoTime(), "Тесты", new BigDecimal(price), stock);
  }

  /** A fresh user with {@code quantity} of the product in the cart. */
  static String buyer(String prefix, String productId, int quantity) {
    String user = newUser(prefix);
    addToCart(user, productId, quantity);
    return user;
  }

  /** A fresh user's token (signed by the test key, as the user service would sign it). */
  static String newUser(String prefix) {
    return TestTokens.valid(prefix + "_" + Long.toString(System.nanoTime(), 36), "user");
  }

  static String createProduct(
      String admin, String name, String category, BigDecimal price, int stock) {
    return Store.as(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                name,
                "category",
                category,
                "price",
                price,
                "stock_count",
                stock,
                "description",
                "Тестовый товар",
                "manufacturer",
                "E2E"))
        .post("/api/products/")
        .then()
        .statusCode(201)
        .body("product_id", notNullValue())
        .extract()
        .path("product_id");
  }

  static int stock(String productId) {
    return Store.request()
        .get("/api/products/" + productId)
        .then()
        .statusCode(200)
        .extract()
        .path("stock_count");
  }

  static void addToCart(String token, String productId, int quantity) {
    Store.as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("product_id", productId, "quantity", quantity))
        .post("/cart-api/cart/items")
        .then()
        .statusCode(200);
  }

  static Response checkout(String token, String idempotencyKey) {
    return Store.as(token)
        .header("Idempotency-Key", idempotencyKey)
        .post("/cart-api/cart/checkout");
  }

  /** The caller's orders as the order service lists them for their owner. */
  static List<Map<String, Object>> ordersOf(String token) {
    return Store.as(token)
        .get("/order-api/orders/mine")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  /** The quantity of the product in the caller's cart (0 when it has no line). */
  static int inCart(String token, String productId) {
    List<Map<String, Object>> items =
        Store.as(token)
            .get("/cart-api/cart/")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(item -> productId.equals(item.get("product_id")))
        .mapToInt(item -> (Integer) item.get("quantity"))
        .sum();
  }

  /** Units of the product in the orders given (cancelled ones included: their stock went back). */
  @SuppressWarnings("unchecked")
  static int unitsOrdered(List<Map<String, Object>> orders, String productId) {
    return orders.stream()
        .filter(order -> !"CANCELLED".equals(order.get("status")))
        .flatMap(order -> ((List<Map<String, Object>>) order.get("items")).stream())
        .filter(item -> productId.equals(item.get("product_id")))
        .mapToInt(item -> (Integer) item.get("quantity"))
        .sum();
  }
}
