package io.productstore.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.productstore.testing.Users;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Accounts of user-war alone: profile changes, admin routes, roles, concurrent registration. */
class AccountsIT extends DeployedWarTest {

  private static final String ADMIN = TestTokens.valid("accounts_it_admin", "user", "admin");

  @Test
  void should_register_exactly_one_account_when_20_clients_race_for_one_name() throws Exception {
    String name = "race_" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String fullName = "Racer " + i;
      attempts.add(
          () ->
              Users.register(Users.registration(name, fullName, null, "password-" + fullName))
                  .extract()
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : pool.invokeAll(attempts)) {
      statuses.add(answer.get());
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
    String winner =
        Store.as(ADMIN)
            .get("/user-api/users/" + name)
            .then()
            .statusCode(200)
            .extract()
            .path("full_name");
    Users.passwordGrant(name, "password-" + winner).statusCode(200);
  }

  @Test
  void should_update_the_profile_by_json_and_by_form_leaving_empty_fields_unchanged() {
    String token = Users.newAccountToken("profile");

    Store.as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("full_name", "Анна Иванова"))
        .put("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Анна Иванова"))
        .body("phone", equalTo("+7 900 000-00-00"));
    Store.as(token)
        .contentType(ContentType.URLENC)
        .formParam("full_name", "")
        .formParam("phone", "+7 911 111-11-11")
        .put("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Анна Иванова"))
        .body("phone", equalTo("+7 911 111-11-11"));
    Store.as(token)
        .contentType(ContentType.URLENC)
        .formParam("phone", "call me maybe")
        .put("/user-api/users/me")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("phone"));
  }

  @Test
  void should_let_admins_page_read_and_grant_admin_but_never_service() {
    String name = Users.registered(Users.uniqueName("grantee"));
    Store.as(ADMIN)
        .get("/user-api/users?skip=0&limit=2")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("page", equalTo(1))
        .body("has_prev", equalTo(false));
    Store.as(ADMIN).get("/user-api/users?limit=0").then().statusCode(422);
    Store.as(ADMIN).get("/user-api/users/nobody_" + System.nanoTime()).then().statusCode(404);

    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("service")))
        .put("/user-api/users/" + name + "/roles")
        .then()
        .statusCode(422);
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("admin")))
        .put("/user-api/users/" + name + "/roles")
        .then()
        .statusCode(200)
        .body("is_admin", equalTo(true))
        .body("roles", hasItem("user"));

    Store.as(Users.accessToken(name, Users.PASSWORD))
        .get("/user-api/users/" + name)
        .then()
        .statusCode(200)
        .body("roles", not(hasItem("service")));
  }

  @Test
  void should_keep_admin_routes_from_users() {
    String token = Users.newAccountToken("plain");
    Store.as(token).get("/user-api/users").then().statusCode(403);
    Store.as(token)
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("admin")))
        .put("/user-api/users/swagger_user/roles")
        .then()
        .statusCode(403);
  }

  @Test
  void should_answer_503_on_aggregation_routes_but_show_the_account_without_total_when_alone() {
    String token = Users.newAccountToken("alone");
    for (String route :
        List.of(
            "/user-api/users/me/orders",
            "/user-api/users/me/total-spent",
            "/user-api/users/me/profile")) {
      assertThat(Store.as(token).get(route).statusCode()).as(route).isEqualTo(503);
    }
    Store.as(token)
        .get("/user-api/users/me")
        .then()
        .statusCode(200)
        .body("$", not(hasKey("total_spent")));
  }
}
