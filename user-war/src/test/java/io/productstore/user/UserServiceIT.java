package io.productstore.user;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** user-war alone in its own Liberty server (Arquillian), against the test Cassandra. */
class UserServiceIT extends DeployedWarTest {

  private static Map<String, Object> registration(String username) {
    return Users.registration(username, "Иван Петров", "+7 (900) 123-45-67", Users.PASSWORD);
  }

  @Test
  void should_register_then_log_in_and_read_the_own_account_with_the_issued_token() {
    String name = Users.uniqueName("user_it");
    Users.register(registration(name))
        .statusCode(200)
        .body("username", equalTo(name))
        .body("full_name", equalTo("Иван Петров"))
        .body("is_admin", equalTo(false))
        .body("roles", hasItem("user"))
        .body("$", not(hasKey("password_hash")));

    String token =
        Users.passwordGrant(name, Users.PASSWORD)
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
    String name = Users.uniqueName("twice");
    Users.register(registration(name)).statusCode(200);
    Users.register(registration(name))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("Username already registered"));
  }

  @Test
  void should_answer_the_same_401_for_an_unknown_user_and_a_wrong_password() {
    String name = Users.registered(Users.uniqueName("victim"));

    String wrongPassword =
        Users.passwordGrant(name, "guess guess").statusCode(401).extract().path("detail");
    String unknownUser =
        Users.passwordGrant(name + "_nobody", "guess guess")
            .statusCode(401)
            .extract()
            .path("detail");

    assertThat(wrongPassword).isEqualTo("Incorrect username or password").isEqualTo(unknownUser);
  }

  @Test
  void should_grant_nothing_to_a_name_that_starts_with_admin() {
    String name = Users.uniqueName("admin_x");
    Users.register(registration(name)).statusCode(200).body("is_admin", equalTo(false));
    String token = Users.accessToken(name, Users.PASSWORD);
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
  void should_publish_the_signing_key_as_jwks_under_the_kid_its_tokens_name() {
    String kid =
        Store.request()
            .get("/user-api/.well-known/jwks.json")
            .then()
            .statusCode(200)
            .body("keys[0].kty", equalTo("RSA"))
            .body("keys[0].alg", equalTo("RS256"))
            .body("keys[0].n", notNullValue())
            .extract()
            .path("keys[0].kid");
    String token = Users.newAccountToken("kid");
    String header =
        new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), UTF_8);
    assertThat(kid).isNotBlank();
    assertThat(header).contains("\"kid\":\"" + kid + "\"");
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
