package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.productstore.testing.Store;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The whole scenario the old clients' scripts walk (API.md §8), in their order, end to end. */
@MicroShedTest
class OldClientScenarioIT {

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  @Test
  void should_walk_the_old_scripts_from_registration_to_clean_up() {
    for (String health :
        List.of(
            "/api/system/health", "/cart-api/health", "/order-api/health", "/user-api/health")) {
      Store.request().get(health).then().statusCode(200).body("status", equalTo("ok"));
    }
    String name = "testuser_" + System.currentTimeMillis();
    Users.register(Users.registration(name, "Test User", "+79001234567", "testpass123"))
        .statusCode(200);
    String user = Shop.login(name, "testpass123");
    String admin = Shop.admin();
    Store.as(user).get("/user-api/users/me").then().statusCode(200).body("username", equalTo(name));

    String tests = "Тесты";
    BigDecimal price = new BigDecimal("149.90");
    String product =
        Shop.createProduct(admin, "Тестовый товар " + System.nanoTime(), tests, price, 50);
    Store.as(admin).get("/api/products/").then().statusCode(200);
    Store.as(user).get("/api/products/").then().statusCode(403);
    Store.as(user).queryParam("category", tests).get("/api/products/").then().statusCode(200);
    Store.request().queryParam("category", tests).get("/api/products/").then().statusCode(200);

    Store.as(user)
        .post("/cart-api/products/" + product + "/view")
        .then()
        .statusCode(200)
        .body("message", equalTo("Product view recorded"));
    Store.as(user)
        .get("/cart-api/products/recent-views")
        .then()
        .statusCode(200)
        .body("[0].product_id", equalTo(product));

    Store.as(user)
        .contentType(ContentType.JSON)
        .body(Map.of("product_id", product, "quantity", 2))
        .post("/cart-api/cart/items")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(2))
        .body("total_price", equalTo(299.80f));
    Store.as(user)
        .get("/cart-api/cart/")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("total", equalTo(299.80f));
    Store.as(user).get("/cart-api/products/recommendations").then().statusCode(200);

    String orderId =
        Store.as(user)
            .post("/cart-api/cart/checkout")
            .then()
            .statusCode(200)
            .body("status", equalTo("CREATED"))
            .body("total", equalTo(299.80f))
            .body("items[0].quantity", equalTo(2))
            .extract()
            .path("id");
    Store.as(user).get("/cart-api/cart/").then().statusCode(200).body("items", hasSize(0));
    assertThat(Shop.stock(product)).as("stock after buying 2 of 50").isEqualTo(48);
    Store.as(user)
        .get("/user-api/users/me/orders")
        .then()
        .statusCode(200)
        .body("id", hasItem(orderId));

    String line =
        Store.as(user)
            .contentType(ContentType.JSON)
            .body(Map.of("product_id", product, "quantity", 1))
            .post("/cart-api/cart/items")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    Store.as(user)
        .contentType(ContentType.JSON)
        .body(Map.of("quantity", 3))
        .put("/cart-api/cart/items/" + line)
        .then()
        .statusCode(200)
        .body("quantity", equalTo(3));
    Store.as(user)
        .delete("/cart-api/cart/items/" + line)
        .then()
        .statusCode(200)
        .body("message", equalTo("Item removed from cart"));
    Store.as(user)
        .delete("/cart-api/cart/")
        .then()
        .statusCode(200)
        .body("message", equalTo("Cart cleared"));
    Store.as(user)
        .post("/cart-api/cart/checkout")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("Cart is empty"));

    Store.as(user)
        .formParam("full_name", "Updated Name")
        .formParam("phone", "+79009876543")
        .put("/user-api/users/me")
        .then()
        .statusCode(200);
    Store.as(user)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Updated Name"));
    Store.as(user)
        .get("/user-api/users/me/profile")
        .then()
        .statusCode(200)
        .body("orders.id", hasItem(orderId))
        .body("total_spent", equalTo(299.80f));

    Store.as(user).get("/api/no-such-path").then().statusCode(404);

    String dairy = "Молочные продукты";
    String run = Long.toString(System.nanoTime(), 36);
    List<String> milk = new ArrayList<>();
    for (String product2 : List.of("Молоко", "Кефир", "Творог", "Сметана")) {
      milk.add(
          Shop.createProduct(admin, product2 + " " + run, dairy, new BigDecimal("75.50"), 100));
    }
    List<String> seen =
        Store.as(user)
            .queryParam("category", dairy)
            .queryParam("q", run)
            .get("/api/products/")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.product_id");
    assertThat(seen).containsExactlyInAnyOrderElementsOf(milk);

    milk.add(product);
    for (String id : milk) {
      Store.as(admin).delete("/api/products/" + id).then().statusCode(204);
    }
  }
}
