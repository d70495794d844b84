package io.productstore.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** user-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
class UserServiceIT extends DeployedWarTest {

  private static String uniqueName(String prefix) {
    return prefix + "_" + System.nanoTime();
  }

  private static Map<String, String> registration(String username) {
    return Map.of(
        "username",
        username,
        "full_name",
        "Иван Петров",
        "phone",
        "+7 (900) 123-45-67",
        "password",
        "correct horse");
  }

  @Test
  void should_register_then_log_in_and_read_the_own_account_with_the_issued_token() {
    String name = uniqueName("user_it");
    Store.request()
        .contentType(ContentType.JSON)
        .body(registration(name))
        .post("/user-api/users/register")
        .then()
        .statusCode(200)
        .body("username", equalTo(name))
        .body("full_name", equalTo("Иван Петров"))
        .body("is_admin", equalTo(false))
        .body("roles", hasItem("user"))
        .body("$", not(hasKey("password_hash")));

    String token =
        Store.request()
            .formParam("username", name)
            .formParam("password", "correct horse")
            .post("/user-api/token")
            .then()
            .statusCode(200)
            .body("token_type", equalTo("bearer"))
            .body("expires_in", equalTo(1800))
            .body("access_token", notNullValue())
            .extract()
            .path("access_token");

    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("username", equalTo(name));
  }

  @Test
  void should_refuse_a_second_registration_of_the_same_name_with_409() {
    String name = uniqueName("twice");
    Store.request()
        .contentType(ContentType.JSON)
        .body(registration(name))
        .post("/user-api/users/register")
        .then()
        .statusCode(200);
    Store.request()
        .contentType(ContentType.JSON)
        .body(registration(name))
        .post("/user-api/users/register")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("Username already registered"));
  }

  @Test
  void should_answer_the_same_401_for_an_unknown_user_and_a_wrong_password() {
    String name = uniqueName("victim");
    Store.request()
        .contentType(ContentType.JSON)
        .body(registration(name))
        .post("/user-api/users/register")
        .then()
        .statusCode(200);

    String wrongPassword =
        Store.request()
            .formParam("username", name)
            .formParam("password", "guess guess")
            .post("/user-api/token")
            .then()
            .statusCode(401)
            .extract()
            .path("detail");
    String unknownUser =
        Store.request()
            .formParam("username", name + "_nobody")
            .formParam("password", "guess guess")
            .post("/user-api/token")
            .then()
            .statusCode(401)
            .extract()
            .path("detail");

    assertThat(wrongPassword).isEqualTo("Incorrect username or password").isEqualTo(unknownUser);
  }

  @Test
  void should_grant_nothing_to_a_name_that_starts_with_admin() {
    String name = uniqueName("admin_x");
    Store.request()
        .contentType(ContentType.JSON)
        .body(registration(name))
        .post("/user-api/users/register")
        .then()
        .statusCode(200)
        .body("is_admin", equalTo(false));
    String token =
        Store.request()
            .formParam("username", name)
            .formParam("password", "correct horse")
            .post("/user-api/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    Store.as(token).header("admin", "true").get("/user-api/users").then().statusCode(403);
  }

  @Test
  void should_reject_invalid_registrations_with_422_naming_the_fields() {
    Store.request()
        .contentType(ContentType.JSON)
        .body(Map.of("username", "a!", "password", "short", "phone", "call me"))
        .post("/user-api/users/register")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("username"))
        .body("errors.field", hasItem("password"))
        .body("errors.field", hasItem("phone"));
  }

  @Test
  void should_publish_the_signing_key_as_jwks() {
    Store.request()
        .get("/user-api/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("RSA"))
        .body("keys[0].alg", equalTo("RS256"))
        .body("keys[0].n", notNullValue());
  }

  @Test
  void should_answer_503_problem_quickly_when_the_cart_service_is_down() {
    // This server hosts only user-war: the cart service it calls is not there.
    long started = System.nanoTime();
    Store.as(TestTokens.valid("user_it_buyer", "user"))
        .get("/user-api/users/me/cart")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }
}
