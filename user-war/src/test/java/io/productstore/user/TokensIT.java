package io.productstore.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.Users;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint of user-war alone: refresh rotation, logout, client credentials, throttling.
 */
class TokensIT extends DeployedWarTest {

  private static JsonPath loginPair(String name) {
    return Users.passwordGrant(name, Users.PASSWORD)
        .statusCode(200)
        .body("refresh_token", notNullValue())
        .extract()
        .jsonPath();
  }

  private static int refresh(String refreshToken) {
    return Users.refreshGrant(refreshToken).extract().statusCode();
  }

  private static JsonPath refreshed(String refreshToken) {
    return Users.refreshGrant(refreshToken).statusCode(200).extract().jsonPath();
  }

  @Test
  void should_rotate_refresh_tokens_and_refuse_the_old_one() {
    JsonPath first = loginPair(Users.registered(Users.uniqueName("rotate")));
    JsonPath second = refreshed(first.getString("refresh_token"));

    assertThat(second.getString("refresh_token")).isNotEqualTo(first.getString("refresh_token"));
    Store.as(second.getString("access_token")).get("/user-api/users/me").then().statusCode(200);
    assertThat(refresh(first.getString("refresh_token"))).isEqualTo(401);
  }

  @Test
  void should_revoke_the_whole_chain_when_a_used_refresh_token_comes_back() {
    JsonPath first = loginPair(Users.registered(Users.uniqueName("replay")));
    JsonPath second = refreshed(first.getString("refresh_token"));

    assertThat(refresh(first.getString("refresh_token"))).as("replay").isEqualTo(401);
    assertThat(refresh(second.getString("refresh_token"))).as("chain after replay").isEqualTo(401);
  }

  @Test
  void should_revoke_the_chain_on_logout() {
    JsonPath pair = loginPair(Users.registered(Users.uniqueName("logout")));
    Store.as(pair.getString("access_token"))
        .formParam("refresh_token", pair.getString("refresh_token"))
        .post("/user-api/logout")
        .then()
        .statusCode(204);
    assertThat(refresh(pair.getString("refresh_token"))).isEqualTo(401);
    Store.as(pair.getString("access_token"))
        .formParam("refresh_token", "never-issued")
        .post("/user-api/logout")
        .then()
        .statusCode(204);
  }

  @Test
  void should_issue_service_tokens_for_known_clients_with_their_secret_only() {
    String token =
        Store.request()
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "cart")
            .formParam("client_secret", Store.env("STORE_CLIENT_SECRET_CART"))
            .post("/user-api/token")
            .then()
            .statusCode(200)
            .body("refresh_token", nullValue())
            .extract()
            .path("access_token");
    JsonPath claims =
        JsonPath.from(
            new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    assertThat(claims.getList("groups")).containsExactly("service");
    assertThat(claims.getString("upn")).isEqualTo("cart-service");

    Store.request()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", "cart")
        .formParam("client_secret", "guess")
        .post("/user-api/token")
        .then()
        .statusCode(401);
    Store.request()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", "mallory")
        .formParam("client_secret", "guess")
        .post("/user-api/token")
        .then()
        .statusCode(401);
  }

  @Test
  void should_answer_429_after_five_failed_logins_even_to_the_right_password() {
    String name = Users.registered(Users.uniqueName("guessed"));
    for (int i = 0; i < 5; i++) {
      Users.passwordGrant(name, "wrong " + i).statusCode(401);
    }
    Users.passwordGrant(name, Users.PASSWORD)
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .contentType("application/problem+json");
  }

  @Test
  void should_refuse_unknown_grant_types_and_missing_fields_with_400() {
    Store.request()
        .formParam("grant_type", "implicit")
        .post("/user-api/token")
        .then()
        .statusCode(400)
        .body("status", equalTo(400));
    Store.request().formParam("username", "x").post("/user-api/token").then().statusCode(400);
  }
}
