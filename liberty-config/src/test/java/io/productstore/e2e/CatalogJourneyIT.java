package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.Store;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The old clients' catalog steps (API.md §8) through the all-in-one server. */
@MicroShedTest
class CatalogJourneyIT {

  private static String admin;
  private static String user;

  @BeforeAll
  static void logIn() {
    Store.awaitReady(Duration.ofSeconds(120));
    admin = Shop.login("swagger_admin", "admin123");
    user = Shop.login("swagger_user", "password123");
  }

  private static String create(String name, String category, double price) {
    return Shop.createProduct(admin, name, category, BigDecimal.valueOf(price), 100);
  }

  @Test
  void should_walk_the_old_scripts_catalog_steps() {
    String tests = "Тесты";
    String created = create("Тестовый товар " + System.nanoTime(), tests, 99.99);

    Store.as(admin).get("/api/products/").then().statusCode(200);
    Store.as(user).get("/api/products/").then().statusCode(403);
    Store.as(user).queryParam("category", tests).get("/api/products/").then().statusCode(200);
    Store.request().queryParam("category", tests).get("/api/products/").then().statusCode(200);
    Store.request().get("/api/products/by-category/" + tests).then().statusCode(200);

    String dairy = "Молочные продукты";
    String run = Long.toString(System.nanoTime(), 36);
    List<String> milk = new ArrayList<>();
    for (String name : List.of("Молоко", "Кефир", "Творог", "Сметана")) {
      milk.add(create(name + " " + run, dairy, 75.5));
    }
    List<String> seen =
        Store.as(user)
            .queryParam("category", dairy)
            .queryParam("q", run)
            .get("/api/products/")
            .then()
            .statusCode(200)
            .body("total", equalTo(4))
            .extract()
            .jsonPath()
            .getList("items.product_id");
    assertThat(seen).containsExactlyInAnyOrderElementsOf(milk);

    milk.add(created);
    for (String id : milk) {
      Store.as(admin).delete("/api/products/" + id).then().statusCode(204);
      Store.request().get("/api/products/" + id).then().statusCode(404);
    }
  }
}
