package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Tokens issued by the user service, verified by all four services, and the ones they refuse. */
@MicroShedTest
class TokensAcrossServicesIT {

  /** One route per service that needs a user token. */
  private static final String[] USER_ROUTES = {
    "/cart-api/cart/", "/order-api/orders/", "/user-api/users/me", "/user-api/users/me/cart"
  };

  /** One admin-only route per service, where a user token must get 403. */
  private static final String[] ADMIN_ROUTES = {"/cart-api/carts/", "/user-api/users"};

  private static String userToken;
  private static String adminToken;

  @BeforeAll
  static void logIn() {
    Store.awaitReady(Duration.ofSeconds(120));
    userToken = Shop.login("swagger_user", "password123");
    adminToken = Shop.login("swagger_admin", "admin123");
  }

  @Test
  void should_accept_a_user_service_token_in_every_service() {
    for (String route : USER_ROUTES) {
      assertThat(Store.as(userToken).get(route).statusCode()).as(route).isEqualTo(200);
    }
    Store.as(adminToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of("name", "E2E token probe", "category", "Тесты", "price", 1.5, "stock_count", 1))
        .post("/api/products/")
        .then()
        .statusCode(201);
  }

  @Test
  void should_answer_403_to_a_user_token_on_admin_routes() {
    for (String route : ADMIN_ROUTES) {
      assertThat(Store.as(userToken).get(route).statusCode()).as(route).isEqualTo(403);
      assertThat(Store.as(adminToken).get(route).statusCode()).as(route).isEqualTo(200);
    }
    Store.as(userToken)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x", "category", "y", "price", 1, "stock_count", 1))
        .post("/api/products/")
        .then()
        .statusCode(403);
  }

  @Test
  void should_answer_401_to_tampered_expired_and_foreign_tokens_everywhere() {
    Map<String, String> bad =
        Map.of(
            "tampered", TestTokens.withTamperedPayload(userToken),
            "expired", TestTokens.expired("swagger_user", "user"),
            "foreign key", TestTokens.signedByAnotherKey("swagger_user", "user", "admin"),
            "alg none", TestTokens.unsigned("swagger_user", "user", "admin"),
            "no groups", TestTokens.withoutGroups("swagger_user"));
    bad.forEach(
        (kind, token) -> {
          for (String route : USER_ROUTES) {
            assertThat(Store.as(token).get(route).statusCode())
                .as(kind + " on " + route)
                .isEqualTo(401);
          }
        });
  }

  @Test
  void should_grant_nothing_for_identity_headers() {
    for (String route : USER_ROUTES) {
      assertThat(
              Store.request()
                  .header("X-User-ID", "swagger_admin")
                  .header("admin", "true")
                  .get(route)
                  .statusCode())
          .as(route)
          .isEqualTo(401);
    }
    Store.as(userToken)
        .header("X-User-ID", "swagger_admin")
        .header("admin", "true")
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("swagger_user"));
    Store.as(userToken).header("admin", "true").get("/user-api/users").then().statusCode(403);
  }

  @Test
  void should_propagate_the_callers_token_through_the_rest_client() {
    Store.as(userToken)
        .get("/user-api/users/me/cart")
        .then()
        .statusCode(200)
        .body("username", equalTo("swagger_user"));
    Store.as(adminToken)
        .get("/user-api/users/me/cart")
        .then()
        .statusCode(200)
        .body("username", equalTo("swagger_admin"));
  }
}
