package io.productstore.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** product-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
class ProductServiceIT extends DeployedWarTest {

  private static final Map<String, Object> MILK =
      Map.of(
          "name",
          "Молоко 3,2%",
          "category",
          "Молочные продукты",
          "price",
          89.90,
          "stock_count",
          10,
          "manufacturer",
          "Простоквашино");

  @Test
  void should_create_a_product_as_admin_and_read_it_back_with_cyrillic_intact() {
    String admin = TestTokens.valid("it_admin", "user", "admin");
    String location =
        Store.as(admin)
            .contentType(ContentType.JSON)
            .body(MILK)
            .post("/api/products/")
            .then()
            .statusCode(201)
            .body("product_id", notNullValue())
            .body("price", equalTo(89.90f))
            .extract()
            .header("Location");

    Store.request()
        .get(location)
        .then()
        .statusCode(200)
        .body("name", equalTo("Молоко 3,2%"))
        .body("category", equalTo("Молочные продукты"))
        .body("stock_count", equalTo(10))
        .body("manufacturer", equalTo("Простоквашино"));
  }

  @Test
  void should_refuse_writes_without_a_token_or_with_a_user_token() {
    Store.request()
        .contentType(ContentType.JSON)
        .body(MILK)
        .post("/api/products/")
        .then()
        .statusCode(401);
    Store.as(TestTokens.valid("it_user", "user"))
        .contentType(ContentType.JSON)
        .body(MILK)
        .post("/api/products/")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void should_refuse_tokens_that_are_expired_foreign_unsigned_tampered_or_without_groups() {
    String good = TestTokens.valid("it_admin", "user");
    Map<String, String> badTokens =
        Map.of(
            "expired", TestTokens.expired("it_admin", "user", "admin"),
            "foreign key", TestTokens.signedByAnotherKey("it_admin", "user", "admin"),
            "alg none", TestTokens.unsigned("it_admin", "user", "admin"),
            "tampered payload", TestTokens.withTamperedPayload(good),
            "no groups claim", TestTokens.withoutGroups("it_admin"));
    badTokens.forEach(
        (kind, bad) ->
            assertThat(
                    Store.as(bad)
                        .contentType(ContentType.JSON)
                        .body(MILK)
                        .post("/api/products/")
                        .statusCode())
                .as(kind)
                .isEqualTo(401));
  }

  @Test
  void should_answer_422_with_the_invalid_fields() {
    Store.as(TestTokens.valid("it_admin", "user", "admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("name", "", "category", "x", "price", -1, "stock_count", 5))
        .post("/api/products/")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("price"));
  }

  @Test
  void should_answer_400_for_malformed_json_and_404_for_unknown_or_malformed_ids() {
    Store.as(TestTokens.valid("it_admin", "user", "admin"))
        .contentType(ContentType.JSON)
        .body("{\"name\": ")
        .post("/api/products/")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Store.request()
        .get("/api/products/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Product not found"));
    Store.request()
        .get("/api/products/not-a-uuid")
        .then()
        .statusCode(404)
        .body("detail", containsString("not found"));
  }

  @Test
  void should_hide_the_fault_api_with_404_when_the_switch_is_off() {
    // This test server sets store.faults.enabled=false (src/test/liberty/it-server.xml).
    String admin = TestTokens.valid("it_admin", "user", "admin");
    Store.as(admin).get("/api/admin/faults").then().statusCode(404);
    Store.as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "route_latency", "target", "*", "delay_ms", 100))
        .post("/api/admin/faults")
        .then()
        .statusCode(404);
    Store.request().get("/api/admin/faults").then().statusCode(404);
  }
}
