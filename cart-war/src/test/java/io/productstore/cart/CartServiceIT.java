package io.productstore.cart;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** cart-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
class CartServiceIT extends DeployedWarTest {

  @Test
  void should_give_a_new_user_an_empty_cart_of_their_own() {
    Store.as(TestTokens.valid("cart_it_newcomer", "user"))
        .get("/cart-api/cart/")
        .then()
        .statusCode(200)
        .body("username", equalTo("cart_it_newcomer"))
        .body("items", empty())
        .body("total", equalTo(0));
  }

  @Test
  void should_take_identity_only_from_the_token_never_from_headers() {
    Store.request()
        .header("X-User-ID", "swagger_admin")
        .header("admin", "true")
        .get("/cart-api/cart/")
        .then()
        .statusCode(401);
    Store.as(TestTokens.valid("cart_it_alice", "user"))
        .header("X-User-ID", "swagger_admin")
        .get("/cart-api/cart/")
        .then()
        .statusCode(200)
        .body("username", equalTo("cart_it_alice"));
  }

  @Test
  void should_list_all_carts_for_admins_only() {
    Store.request().get("/cart-api/carts/").then().statusCode(401);
    Store.as(TestTokens.valid("cart_it_user", "user"))
        .header("admin", "true")
        .get("/cart-api/carts/")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Store.as(TestTokens.valid("cart_it_admin", "user", "admin"))
        .get("/cart-api/carts/")
        .then()
        .statusCode(200);
  }
}
