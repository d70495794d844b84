package io.productstore.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

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

  private static final String ADMIN = TestTokens.valid("cart_it_trainer", "user", "admin");

  private static String inject(String body) {
    return Store.as(ADMIN)
        .contentType("application/json")
        .body(body)
        .post("/cart-api/admin/faults")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void should_let_only_admins_near_the_fault_api() {
    Store.request().get("/cart-api/admin/faults").then().statusCode(401);
    Store.as(TestTokens.valid("cart_it_student", "user"))
        .contentType("application/json")
        .body("{\"kind\": \"cpu_burn\"}")
        .post("/cart-api/admin/faults")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Store.as(ADMIN)
        .contentType("application/json")
        .body("{\"kind\": \"meteor\", \"ttl_seconds\": 0}")
        .post("/cart-api/admin/faults")
        .then()
        .statusCode(422)
        .body("errors.field", hasItems("kind", "ttl_seconds"));
  }

  @Test
  void should_fail_a_route_while_its_fault_lasts_and_recover_by_itself_after_the_ttl()
      throws InterruptedException {
    String user = TestTokens.valid("cart_it_victim", "user");
    String id =
        inject(
            "{\"kind\": \"route_errors\", \"target\": \"/cart-api/cart/total\", \"ttl_seconds\": 3}");

    Store.as(user)
        .get("/cart-api/cart/total")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("detail", containsString("injected fault"));
    Store.as(user).get("/cart-api/cart/").then().statusCode(200);
    Store.as(ADMIN).get("/cart-api/admin/faults").then().statusCode(200).body("id", hasItem(id));
    assertThat(Store.request().get("/metrics").asString())
        .contains(
            "store_faults_active{kind=\"route_errors\",mp_scope=\"application\",service=\"cart\",} 1.0");

    Thread.sleep(3500);

    Store.as(user).get("/cart-api/cart/total").then().statusCode(200);
    Store.as(ADMIN)
        .get("/cart-api/admin/faults")
        .then()
        .statusCode(200)
        .body("id", not(hasItem(id)));
  }

  @Test
  void should_slow_the_cassandra_statements_a_fault_names_until_it_is_cleared() {
    String user = TestTokens.valid("cart_it_slow", "user");
    String id =
        inject(
            "{\"kind\": \"cassandra_slow\", \"target\": \"cart_lines_by_user\", \"delay_ms\": 400, \"ttl_seconds\": 60}");

    long slow = Store.as(user).get("/cart-api/cart/").then().statusCode(200).extract().time();
    Store.as(ADMIN).delete("/cart-api/admin/faults/" + id).then().statusCode(200);
    long fast = Store.as(user).get("/cart-api/cart/").then().statusCode(200).extract().time();

    assertThat(slow).isGreaterThanOrEqualTo(400);
    assertThat(fast).isLessThan(slow);
    Store.as(ADMIN).delete("/cart-api/admin/faults/" + id).then().statusCode(404);
  }
}
